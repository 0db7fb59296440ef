import type { CodeStatus, SortPhoto } from '../../../electron/core/sort/sort-types.js';

export interface StreamOptions {
  cameraKey?: string;
  folder?: string;
  firstId?: number;
  /** The camera's file counter for the first photo; it wraps 9999 → 0001 like a camera's. */
  firstCounter?: number;
  /** The camera's clock at @0, in ms. */
  clockMs?: number;
  /** File names are `<prefix><counter>.JPG`; 'IMG_' (a camera's own names) unless a test needs others. */
  prefix?: string;
}

export const CLOCK_MS = Date.UTC(2024, 5, 3, 9, 0, 0);

/**
 * Writes a camera stream compactly, one token per photo in shooting order:
 *
 *   kind[:arg]@seconds[#counter][!manualCode]
 *
 * kinds: `p` photo, `glare` a card lost to glare (decoders see nothing: an ordinary photo),
 * `card:CODE[+CODE]` card(s) with these payloads, held up to the camera (symbol size 0.25),
 * `bg:CODE[+CODE]` a card in the background (size 0.05), `qr:TEXT` a foreign payload (a poster, size 0.12);
 * `CODE~0.3` gives one payload its own size,
 * `undecodable[:CODE]`, `cardlike`, `handover:GLARE` the next pupil's card under glare (`partial`, `spot` or
 * `blown`, as the test shoots draw them) with what the QR stage reports for it (GLARE_REPORTS), `dup:ID` a copy
 * of photo ID. `@-` means no capture time; seconds
 * may have decimals and may go back (a clock set back: the counter still counts on).
 */
export function buildPhotos(tokens: readonly string[], options: StreamOptions = {}): SortPhoto[] {
  const photos: SortPhoto[] = [];
  let id = options.firstId ?? 1;
  let counter = options.firstCounter ?? 1;
  for (const token of tokens) {
    const match = /^([a-z]+)(?::([^@]*))?@(-|\d+(?:\.\d+)?)(?:#(\d+))?(?:!(\S+))?$/.exec(token);
    if (!match) throw new Error(`bad token ${token}`);
    const [, kind = '', arg = '', time = '-', fixedCounter, manual] = match;
    if (fixedCounter !== undefined) counter = Number(fixedCounter);
    const photo: SortPhoto = {
      id,
      path: `${options.folder ?? 'DCIM/100CANON'}/${options.prefix ?? 'IMG_'}${String(counter).padStart(4, '0')}.JPG`,
      cameraKey: options.cameraKey ?? 'serial:A',
      capturedAt: time === '-' ? null : (options.clockMs ?? CLOCK_MS) + Math.round(Number(time) * 1000),
      qr: { codes: [], sizes: [], undecodable: false, cardLike: false },
      duplicateOf: null,
      manualCodes: manual === undefined ? [] : [manual],
    };
    applyKind(photo, kind, arg, photos);
    photos.push(photo);
    id += 1;
    counter = counter >= 9999 ? 1 : counter + 1;
  }
  return photos;
}

function applyKind(photo: SortPhoto, kind: string, arg: string, earlier: readonly SortPhoto[]): void {
  switch (kind) {
    case 'p':
    case 'glare':
      return;
    case 'card':
      setCodes(photo, arg.split('+'), CARD_SIZE);
      photo.qr.cardLike = true;
      return;
    case 'bg':
      setCodes(photo, arg.split('+'), BACKGROUND_SIZE);
      return;
    case 'qr':
      setCodes(photo, [arg], POSTER_SIZE);
      return;
    case 'undecodable':
      setCodes(photo, arg === '' ? [] : arg.split('+'), CARD_SIZE);
      photo.qr.undecodable = true;
      return;
    case 'cardlike':
      photo.qr.cardLike = true;
      return;
    case 'handover': {
      const report = GLARE_REPORTS[arg as keyof typeof GLARE_REPORTS];
      if (!report) throw new Error(`unknown glare ${arg}`);
      Object.assign(photo.qr, report);
      return;
    }
    case 'dup': {
      const original = earlier.find((p) => p.id === Number(arg));
      if (!original) throw new Error(`dup of unknown photo ${arg}`);
      photo.duplicateOf = original.id;
      photo.qr = { ...original.qr, codes: [...original.qr.codes], sizes: [...original.qr.sizes] };
      photo.path = photo.path.replace(/\/([^/]+)$/, '/copy/$1');
      return;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

/**
 * What the QR stage reports for a card under glare, by the glare the test shoots draw (tests/support/shoot/render-card.ts;
 * tests/medium/qr/quick-handover-glare.test.ts checks it on rendered frames): no code, but the finder pattern a band
 * or a hot spot leaves makes the frame undecodable, and a card glared blank is card-like.
 */
export const GLARE_REPORTS = {
  partial: { undecodable: true },
  spot: { undecodable: true },
  blown: { cardLike: true },
} as const satisfies Record<string, Partial<SortPhoto['qr']>>;

/** Symbol sides as a share of the frame's long edge: a card held up, a card in the background, a poster. */
export const CARD_SIZE = 0.25;
export const BACKGROUND_SIZE = 0.05;
export const POSTER_SIZE = 0.12;

/** `CODE~0.05` gives one code its own symbol size. */
function setCodes(photo: SortPhoto, codes: string[], size: number): void {
  const sized = codes.map((code) => /^(.*)~(\d*\.\d+)$/.exec(code));
  photo.qr.codes = codes.map((code, i) => sized[i]?.[1] ?? code);
  photo.qr.sizes = codes.map((_, i) => (sized[i] ? Number(sized[i]?.[2]) : size));
}

/**
 * Test codes say what they are: UNKN… not in the names list, OTHR… another job's, RETD… retired,
 * NEWS… a new spare, WORD… no code of the job's format (a word on a poster).
 */
export function classifyByPrefix(code: string): CodeStatus {
  if (code.startsWith('WORD')) return { kind: 'not-a-code', why: "this job's codes have 8 letters and digits" };
  if (code.startsWith('UNKN')) return { kind: 'unknown' };
  if (code.startsWith('OTHR')) return { kind: 'other-job', job: 'Spring Fair 2023' };
  if (code.startsWith('RETD')) return { kind: 'retired', job: 'Hillside Primary 2019' };
  if (code.startsWith('NEWS')) return { kind: 'new-spare' };
  return { kind: 'subject' };
}

/** A deterministic PRNG (mulberry32), so a failing random case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
