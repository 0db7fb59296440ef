// The PSPA portrait package (the school photographers' associations' "Digital Data & Image Format
// Guidelines", read through the yearbook publishers' import guides that quote them: TreeRing,
// Memento/StudioSource, Pictavo, Creator Studio): INDEX.TXT beside one or more image folders.

export const INDEX_FILE = 'INDEX.TXT';

/** The portrait every publisher's guide asks for: 640×800, the 0.8 ratio. */
export const PORTRAIT_SIZE = { width: 640, height: 800 } as const;

/** The Image Size value of a 640×800 portrait: the guidelines' sizes are SMALL 320×400 and LARGE 640×800 (as pspi-index-generator writes them). */
const IMAGE_SIZE = 'LARGE';

/**
 * The guides found name no limit per folder, only that a large school's images come in several
 * folders; 500 keeps each folder a size every importer and file browser opens at once.
 */
export const IMAGES_PER_FOLDER = 500;

export interface IndexRecord {
  volume: string;
  folder: string;
  file: string;
  grade: string;
  lastName: string;
  firstName: string;
  homeRoom: string;
}

/**
 * A field as INDEX.TXT can carry it: fields are split on tabs and records on line ends, so a tab,
 * a line break or any other control character inside a name (pasted from a spreadsheet cell) would
 * shift every field after it. Each run of them becomes one space.
 */
export function indexField(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/**
 * One record: the 13 fields in the guidelines' order, tab-separated, ending in CR LF, with no header
 * line (Pictavo's guide: no header row). Period, Teacher Name, Track, Department
 * and Title are unknown to Shootdesk and stay empty: the guides mark them optional, and Home Room
 * carries the class the book's pages are laid out by.
 */
export function indexLine(record: IndexRecord): string {
  const fields = [record.volume, record.folder, record.file, record.grade, record.lastName, record.firstName, record.homeRoom, '', '', '', '', '', IMAGE_SIZE];
  return `${fields.map(indexField).join('\t')}\r\n`;
}

/**
 * Where the n-th portrait (0-based, in the index's order) goes. The guides ask for names unique in
 * the package, of letters and digits only, nine characters or fewer (Creator Studio) — `00001.jpg`
 * is all three, and sorts in the index's order. Folders are IMAGES01, IMAGES02, …
 */
export function portraitPlace(n: number): { folder: string; file: string } {
  const folder = `IMAGES${String(Math.floor(n / IMAGES_PER_FOLDER) + 1).padStart(2, '0')}`;
  return { folder, file: `${String(n + 1).padStart(5, '0')}.jpg` };
}
