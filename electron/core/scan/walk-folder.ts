import { opendir, stat } from 'node:fs/promises';
import { join, posix, resolve, sep } from 'node:path';
import { classifyFile, isSkippedFolder, LONE_SIDECAR_MESSAGE, RAW_ALONE_MESSAGE, type FileKind } from './classify-file.js';

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

interface Entry {
  name: string;
  isDir: boolean;
  isFile: boolean;
  isLink: boolean;
}

async function listFolder(dir: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of await opendir(dir)) {
    entries.push({ name: entry.name, isDir: entry.isDirectory(), isFile: entry.isFile(), isLink: entry.isSymbolicLink() });
  }
  return entries;
}

/** What the files of one folder left to settle once all of them are known: who has a partner of the same name. */
interface FolderFiles {
  /** First photo of each lower-case name stem, for the RAW files of that name. */
  photos: Map<string, WalkedFile>;
  /** Stems of pictures reported as unreadable: their line already says what to do with a RAW of that name. */
  pictures: Set<string>;
  /** Stems and whole names of every file a sidecar may belong to (IMG_0001.xmp, IMG_0001.CR2.xmp). */
  partners: Set<string>;
  raws: { relPath: string; stem: string }[];
  sidecars: { relPath: string; stem: string }[];
}

/**
 * Lists the photos under root, recursively, in a stable order, and reports every other file that is
 * not sorted, with what to do, except clutter nobody wants listed: hidden entries (`.Trashes`,
 * `.DS_Store`, macOS `._IMG_0001.JPG` resource forks), system files and folders, sidecars beside
 * their file, and cameras' own bookkeeping on a card. Linked photos are read, linked folders are
 * not followed (reported instead), so a link loop cannot hang the scan. Only reads: nothing under
 * root is ever written. `onFound` hears the count of photos found so far, as each one is found: a
 * card reader's tree of thousands takes a while to walk.
 */
export async function walkFolder(root: string, signal?: AbortSignal, onFound?: (count: number) => void): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const errors: WalkResult['errors'] = [];
  const rootFolders = resolve(root).split(sep);

  const visit = async (relDir: string): Promise<void> => {
    signal?.throwIfAborted();
    let entries: Entry[];
    try {
      entries = await listFolder(join(root, relDir));
    } catch (error) {
      errors.push({ relPath: relDir || '.', message: folderProblem(error) });
      return;
    }
    // By name without extension first, so `IMG_0017.JPG` comes before `IMG_0017 copy.JPG` and the
    // copy is the one reported as a duplicate.
    entries.sort((a, b) => compareNames(a.name, b.name));
    const folders = relDir ? [...rootFolders, ...relDir.split('/')] : rootFolders;
    const here: FolderFiles = { photos: new Map(), pictures: new Set(), partners: new Set(), raws: [], sidecars: [] };
    for (const entry of entries) {
      const relPath = relDir ? posix.join(relDir, entry.name) : entry.name;
      if (entry.isDir) {
        if (!isSkippedFolder(entry.name)) await visit(relPath);
        continue;
      }
      if (!entry.isFile && !entry.isLink) continue;
      const [stem, ext] = splitName(entry.name);
      const kind = classifyFile(entry.name, ext.toLowerCase(), folders);
      if (kind.kind === 'clutter') continue;
      // A linked folder could lead back up the tree; say so rather than skip it silently.
      if (entry.isLink && (await stat(join(root, relPath)).catch(() => null))?.isDirectory()) {
        errors.push({ relPath, message: 'linked folder not followed; scan the folder it points to instead' });
        continue;
      }
      await place(relPath, stem.toLowerCase(), entry.name.toLowerCase(), kind, here);
    }
    settleFolder(here);
  };

  const place = async (relPath: string, stem: string, name: string, kind: Exclude<FileKind, { kind: 'clutter' }>, here: FolderFiles): Promise<void> => {
    if (kind.kind !== 'sidecar') here.partners.add(stem).add(name);
    switch (kind.kind) {
      case 'photo':
        try {
          const file = { relPath, size: (await stat(join(root, relPath))).size, companions: [] };
          files.push(file);
          onFound?.(files.length);
          if (!here.photos.has(stem)) here.photos.set(stem, file);
        } catch (error) {
          errors.push({ relPath, message: `file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        }
        return;
      case 'raw':
        here.raws.push({ relPath, stem });
        return;
      case 'sidecar':
        here.sidecars.push({ relPath, stem });
        return;
      case 'picture':
        here.pictures.add(stem);
        errors.push({ relPath, message: kind.message });
        return;
      case 'not-sorted':
        errors.push({ relPath, message: kind.message });
        return;
    }
  };

  // RAW files ride along with the photo of the same name and are never decoded.
  const settleFolder = (here: FolderFiles): void => {
    for (const raw of here.raws) {
      const photo = here.photos.get(raw.stem);
      if (photo) photo.companions.push(raw.relPath);
      else if (!here.pictures.has(raw.stem)) errors.push({ relPath: raw.relPath, message: RAW_ALONE_MESSAGE });
    }
    for (const sidecar of here.sidecars) {
      if (!here.partners.has(sidecar.stem)) errors.push({ relPath: sidecar.relPath, message: LONE_SIDECAR_MESSAGE });
    }
  };

  await visit('');
  // A folder's RAW and sidecar lines are settled after its other files: path order, as the report lists them.
  errors.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return { files, errors };
}
