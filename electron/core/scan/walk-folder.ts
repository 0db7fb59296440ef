import { opendir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.heic', '.heif']);
// RAW files ride along with their same-named JPEG; they are never decoded.
const RAW_EXTENSIONS = new Set(['.cr2', '.cr3', '.nef', '.arw', '.raf', '.orf', '.dng']);

export interface WalkedFile {
  relPath: string;
  size: number;
  companions: string[];
}

export interface WalkResult {
  files: WalkedFile[];
  errors: { relPath: string; message: string }[];
}

function folderProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'folder is not there (card removed or folder moved?); reconnect it and scan again';
  if (code === 'EACCES' || code === 'EPERM') return 'folder could not be read (permission denied); check its permissions and scan again';
  if (code === 'ENOTDIR') return 'not a folder; give the folder that holds the photos';
  return `folder could not be read (${code ?? (error as Error).message}); scan again once it is readable`;
}

/** `IMG_0001.JPG` → [`IMG_0001`, `.JPG`]; a dot in a folder name or a leading dot is no extension. */
function splitName(path: string): [stem: string, ext: string] {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
}

function compareNames(a: string, b: string): number {
  const [stemA, extA] = splitName(a);
  const [stemB, extB] = splitName(b);
  if (stemA !== stemB) return stemA < stemB ? -1 : 1;
  return extA < extB ? -1 : extA > extB ? 1 : 0;
}

/**
 * Lists the images under root, recursively, in a stable order. Hidden entries (`.Trashes`,
 * macOS `._IMG_0001.JPG` resource forks) are skipped; linked images are read, linked folders
 * are not followed (reported instead), so a link loop cannot hang the scan. Only reads:
 * nothing under root is ever written.
 */
export async function walkFolder(root: string, signal?: AbortSignal): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const raws: string[] = [];
  const errors: WalkResult['errors'] = [];

  const visit = async (relDir: string): Promise<void> => {
    signal?.throwIfAborted();
    const entries: { name: string; isDir: boolean; isFile: boolean; isLink: boolean }[] = [];
    try {
      for await (const entry of await opendir(join(root, relDir))) {
        entries.push({ name: entry.name, isDir: entry.isDirectory(), isFile: entry.isFile(), isLink: entry.isSymbolicLink() });
      }
    } catch (error) {
      errors.push({ relPath: relDir || '.', message: folderProblem(error) });
      return;
    }
    // By name without extension first, so `IMG_0017.JPG` comes before `IMG_0017 copy.JPG` and the
    // copy is the one reported as a duplicate.
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = relDir ? posix.join(relDir, entry.name) : entry.name;
      const ext = splitName(entry.name)[1].toLowerCase();
      if (entry.isDir) {
        await visit(relPath);
      } else if (entry.isLink && !IMAGE_EXTENSIONS.has(ext)) {
        // A linked folder could lead back up the tree; say so rather than skip it silently.
        const target = await stat(join(root, relPath)).catch(() => null);
        if (target?.isDirectory()) errors.push({ relPath, message: 'linked folder not followed; scan the folder it points to instead' });
      } else if ((entry.isFile || entry.isLink) && RAW_EXTENSIONS.has(ext)) {
        raws.push(relPath);
      } else if ((entry.isFile || entry.isLink) && IMAGE_EXTENSIONS.has(ext)) {
        try {
          files.push({ relPath, size: (await stat(join(root, relPath))).size, companions: [] });
        } catch (error) {
          errors.push({ relPath, message: `file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        }
      }
    }
  };

  await visit('');
  const stemOf = (relPath: string): string => splitName(relPath)[0].toLowerCase();
  const byStem = new Map(files.map((file) => [stemOf(file.relPath), file]));
  for (const raw of raws) {
    const jpeg = byStem.get(stemOf(raw));
    if (jpeg) jpeg.companions.push(raw);
    else errors.push({ relPath: raw, message: 'RAW file without a same-named JPEG: Shootdesk sorts JPEGs; shoot RAW+JPEG' });
  }
  return { files, errors };
}
