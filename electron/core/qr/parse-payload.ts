import { normaliseCode } from '../codes/code-shape.js';
import { quoteShort } from '../text/escape-control.js';

/** A foreign payload's reason says what was read (quoted, shortened, escaped) and why it is no code. */
export type ParsedPayload = { kind: 'code'; code: string } | { kind: 'foreign'; reason: string };

/** The longest payload worth parsing: a card holds a code or a short URL, never a page of text. */
const MAX_PAYLOAD_LENGTH = 512;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A card's payload is the bare code, or an http(s) URL whose `code` query parameter or
 * last path segment is the code (design §2.6). Anything else is a foreign QR (a poster,
 * a T-shirt) that must not split the shoot.
 */
export function parsePayload(text: string): ParsedPayload {
  const trimmed = text.trim();
  if (trimmed === '') return foreign('empty payload');
  const read = quoteShort(trimmed);
  if (trimmed.length > MAX_PAYLOAD_LENGTH) return foreign(`${read} is far too long for an access code`);
  if (CONTROL_CHARACTERS.test(trimmed)) return foreign(`${read} holds control characters, which no access code has`);
  const isUrl = /^https?:\/\//i.test(trimmed);
  const candidate = isUrl ? codeFromUrl(trimmed) : trimmed;
  if (candidate === null) return foreign(`${read} is a web address without an access code in it`);
  const code = normaliseCode(candidate);
  if (code !== null) return { kind: 'code', code };
  return foreign(`${read} is not an access code (4 to 32 letters, digits and hyphens${isUrl ? ' at the end of the address' : ''})`);
}

function codeFromUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const fromQuery = url.searchParams.get('code');
  if (fromQuery !== null) return fromQuery.trim();
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = segments.at(-1);
  if (last === undefined) return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return null;
  }
}

function foreign(reason: string): ParsedPayload {
  return { kind: 'foreign', reason };
}
