import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../../electron/core/qr/parse-payload.js';

const codes: [label: string, payload: string, code: string][] = [
  ['bare code', 'ABCD2345', 'ABCD2345'],
  ['lower case', 'abcd2345', 'ABCD2345'],
  ['mixed case with hyphen', 'Sch-2025-aB', 'SCH-2025-AB'],
  ['surrounding whitespace and newline', '  ABCD2345\r\n', 'ABCD2345'],
  ['shortest code', 'AB12', 'AB12'],
  ['longest code', 'A'.repeat(32), 'A'.repeat(32)],
  ['URL path', 'https://shop.example.com/g/ABCD2345', 'ABCD2345'],
  ['http URL path', 'http://shop.example.com/ABCD2345', 'ABCD2345'],
  ['URL with trailing slash', 'https://shop.example.com/g/abcd2345/', 'ABCD2345'],
  ['URL ?code=', 'https://shop.example.com/login?code=abcd2345', 'ABCD2345'],
  ['URL ?code= wins over path', 'https://shop.example.com/g/POSTER?code=ABCD2345&x=1', 'ABCD2345'],
  ['URL with fragment', 'https://shop.example.com/g/ABCD2345#gallery', 'ABCD2345'],
  ['URL with other query', 'https://shop.example.com/g/ABCD2345?utm=qr', 'ABCD2345'],
  ['upper-case scheme', 'HTTPS://SHOP.EXAMPLE.COM/ABCD2345', 'ABCD2345'],
  ['percent-encoded segment', 'https://shop.example.com/g/ABCD%2D2345', 'ABCD-2345'],
];

const foreigns: [label: string, payload: string][] = [
  ['empty', ''],
  ['whitespace only', ' \t\r\n '],
  ['too short', 'ABC'],
  ['too long', 'A'.repeat(33)],
  ['hyphens only', '----'],
  ['inner space', 'ABCD 2345'],
  ['underscore', 'ABCD_2345'],
  ['dot', 'ABCD.2345'],
  ['HTML', '<b>ABCD2345</b>'],
  ['script', '<script>alert(1)</script>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['data: URL', 'data:text/html,ABCD2345'],
  ['ftp URL', 'ftp://example.com/ABCD2345'],
  ['NUL inside', 'ABCD\u00002345'],
  ['escape character', '\u001b[31mABCD2345'],
  ['C1 control', 'ABCD\u00852345'],
  ['4 KB of text', 'A'.repeat(4096)],
  ['4 KB sentence', 'lorem ipsum '.repeat(342)],
  ['poster URL, file name', 'https://school.example.org/posters/summer_fair.pdf'],
  ['poster URL, dotted segment', 'https://example.com/index.html'],
  ['poster URL, underscore segment', 'https://example.com/spring_sale'],
  ['URL without path', 'https://example.com'],
  ['URL with root path only', 'https://example.com/'],
  ['URL with empty code parameter', 'https://example.com/ABCD2345?code='],
  ['URL with code in fragment only', 'https://example.com/#/ABCD2345'],
  ['broken URL', 'http://'],
  ['bad percent-encoding', 'https://example.com/%E0%A4%A'],
  ['Cyrillic look-alike A', '\u0410BCD2345'],
  ['full-width letters', '\uff21\uff22\uff23\uff24\uff12\uff13'],
  ['German sharp s (upper-cases to SS)', 'stra\u00dfe12'],
  ['Turkish dotless i', 'abc\u0131def'],
  ['zero-width space', 'ABCD\u200b2345'],
  ['emoji', 'ABCD2345\u{1f600}'],
  ['vCard', 'BEGIN:VCARD\nN:Kennedy;Steve\nEND:VCARD'],
  ['Wi-Fi config', 'WIFI:S:school;T:WPA;P:secret;;'],
];

describe('parsePayload', () => {
  it.each(codes)('%s → code', (_label, payload, code) => {
    expect(parsePayload(payload)).toEqual({ kind: 'code', code });
  });

  it.each(foreigns)('%s → foreign', (_label, payload) => {
    const parsed = parsePayload(payload);
    expect(parsed.kind).toBe('foreign');
    if (parsed.kind === 'foreign') expect(parsed.reason).not.toBe('');
  });
});
