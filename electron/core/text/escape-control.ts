/**
 * C0 and C1 controls, DEL, and the bidirectional overrides and isolates that can make a file name
 * read backwards (U+202A–U+202E, U+2066–U+2069), plus the line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from outside (QR payloads, file names, names-list cells) made safe to show: every control
 * character is written out as an escape (`\n`, `\x1b`, `\u202e`), so a terminal never runs it and a
 * reader sees that it is there.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A quoted, escaped preview of at most `max` characters of outside text, for a message. */
export function quoteShort(text: string, max = 40): string {
  const chars = [...text];
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `"${escapeControl(shown)}"${chars.length > max ? ` (${chars.length} characters)` : ''}`;
}
