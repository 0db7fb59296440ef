import { normaliseCode } from '../codes/code-shape.js';

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
  if (trimmed.length > MAX_PAYLOAD_LENGTH) return foreign('payload too long');
  if (CONTROL_CHARACTERS.test(trimmed)) return foreign('control characters in payload');
  const candidate = /^https?:\/\//i.test(trimmed) ? codeFromUrl(trimmed) : trimmed;
  if (candidate === null) return foreign('URL without a code');
  const code = normaliseCode(candidate);
  return code === null ? foreign('not an access code') : { kind: 'code', code };
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
