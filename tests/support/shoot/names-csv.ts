import { writeFile } from 'node:fs/promises';
import type { ShootManifest } from './manifest.js';

/** How the names list is spelled: as exported by different school systems and spreadsheet locales. */
export type NamesCsvVariant = 'comma' | 'semicolon' | 'bom' | 'windows-1252';

const HEADERS: Record<'comma' | 'semicolon', string[]> = {
  comma: ['First Name', 'Last Name', 'Group', 'Access Code', 'Email'],
  semicolon: ['first_name', 'last_name', 'group', 'access_code', 'email'],
};

/** Writes the names list: every subject but the one of the unknown-code trap. */
export async function writeNamesCsv(manifest: ShootManifest, file: string, options: { variant?: NamesCsvVariant } = {}): Promise<void> {
  const variant = options.variant ?? 'comma';
  const separator = variant === 'semicolon' ? ';' : ',';
  const rows = [
    HEADERS[variant === 'semicolon' ? 'semicolon' : 'comma'],
    ...manifest.subjects
      .filter((s) => s.inNamesList)
      .map((s) => [s.firstName, s.lastName, s.group, s.code, `parent.${s.code.toLowerCase()}@example.com`]),
  ];
  const text = `${rows.map((row) => row.map((cell) => quote(cell, separator)).join(separator)).join('\r\n')}\r\n`;
  if (variant === 'bom') await writeFile(file, `\uFEFF${text}`, 'utf8');
  else if (variant === 'windows-1252') await writeFile(file, toWindows1252(text));
  else await writeFile(file, text, 'utf8');
}

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || cell.includes('"') || cell.includes('\n') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The generated names use only Latin-1 letters, where Windows-1252 and Latin-1 agree. */
function toWindows1252(text: string): Buffer {
  if ([...text].some((char) => (char.codePointAt(0) ?? 0) > 0xff)) throw new Error('names list has characters outside Windows-1252');
  return Buffer.from(text, 'latin1');
}
