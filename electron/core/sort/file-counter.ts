/** DCF names: four free characters and a four-digit counter (IMG_0042, _MG_0001, DSCF0001, P1010001). */
const DCF_NAME = /^[A-Za-z0-9_]{4}(\d{4})(?!\d)/;
const DIGIT_RUNS = /\d+/g;

/** The camera's file counter in a path: IMG_0042.JPG → 42, DSC_1234.NEF → 1234; null when the name has no number. */
export function fileCounterOf(path: string): number | null {
  const dcf = dcfCounterOf(path);
  if (dcf !== null) return dcf;
  const stem = stemOf(fileNameOf(path));
  // Other names (phones, renamed copies): the last number is the one that counts up.
  const last = stem.match(DIGIT_RUNS)?.at(-1);
  if (last === undefined) return null;
  const counter = Number(last);
  return Number.isSafeInteger(counter) ? counter : null;
}

/**
 * The counter of a name a camera wrote (DCF), or null for any other name: only a camera's own counter
 * tells the order it took photos in, so only it may overrule the capture time.
 */
export function dcfCounterOf(path: string): number | null {
  const dcf = DCF_NAME.exec(stemOf(fileNameOf(path)))?.[1];
  return dcf === undefined ? null : Number(dcf);
}

export function fileNameOf(path: string): string {
  return path.slice(separatorIndex(path) + 1);
}

/** The folder part of a path, '' for a bare file name. */
export function folderOf(path: string): string {
  const index = separatorIndex(path);
  return index < 0 ? '' : path.slice(0, index);
}

function separatorIndex(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
