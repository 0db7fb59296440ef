export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** UTF-8 with bytes that are not: each became U+FFFD, and the rows holding one are named. */
  damaged: boolean;
}

export const REPLACEMENT = '\uFFFD';

/**
 * The text of a names list, its encoding found from the bytes: a byte order mark (UTF-8, UTF-16 as
 * Excel's "Unicode text" writes it), UTF-16 without one (every other byte NUL), valid UTF-8, UTF-8
 * with a few broken bytes (one pasted name from an old system: the rest stays readable, and the
 * caller names the rows that hold a U+FFFD), else Windows-1252 (Excel's "CSV" on Windows).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', damaged: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', damaged: false };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, damaged: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', damaged: false };
  } catch {
    // Some multi-byte sequence is whole: the file is UTF-8 and only a few bytes are broken. Read as
    // Windows-1252, every accented letter of the list would turn into two wrong ones.
    return hasUtf8Sequence(bytes) ? utf8(bytes) : { text: windows1252(bytes), encoding: 'windows-1252', damaged: false };
  }
}

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (WHATWG index-windows-1252). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node's TextDecoder('windows-1252') reads 0x80–0x9F as Latin-1 control characters (nodejs/node#60888,
 * since 20.18.3): the ’ of an O’Brien typed with autocorrect on would vanish. Latin-1 is right
 * for every other byte.
 */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function utf8(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: 'utf-8', damaged: text.includes(REPLACEMENT) };
}

/** ASCII text in UTF-16 has a NUL in every other byte: in the odd bytes (LE) or the even ones (BE). */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (an é written as C3 A9). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let whole = i + length <= bytes.length;
    for (let k = 1; whole && k < length; k += 1) whole = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (whole) return true;
  }
  return false;
}
