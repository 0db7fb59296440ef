import { describe, expect, it } from 'vitest';
import { classifyFrame, isCardFrame, type Frame } from '../../../electron/core/sort/classify-frame.js';
import type { QrDetection } from '../../../electron/core/qr/qr-types.js';
import { classifyByPrefix } from './build-photos.js';

const qr = (codes: string[], flags: Partial<QrDetection> = {}): QrDetection => ({ codes, sizes: codes.map(() => 0.25), undecodable: false, cardLike: false, ...flags });

describe('classifyFrame', () => {
  it.each<{ name: string; qr: QrDetection; expected: Frame }>([
    { name: 'nothing', qr: qr([]), expected: { kind: 'plain' } },
    { name: 'a subject code', qr: qr(['K7QX2MPA'], { cardLike: true }), expected: { kind: 'card', codes: ['K7QX2MPA'], spare: [] } },
    { name: 'lower case and URL forms are one code', qr: qr(['k7qx2mpa', 'https://shop.example/g/K7QX2MPA']), expected: { kind: 'card', codes: ['K7QX2MPA'], spare: [] } },
    { name: 'siblings', qr: qr(['AAAA', 'BBBB']), expected: { kind: 'card', codes: ['AAAA', 'BBBB'], spare: [] } },
    { name: 'a new spare code', qr: qr(['NEWSABCD']), expected: { kind: 'card', codes: ['NEWSABCD'], spare: ['NEWSABCD'] } },
    { name: 'foreign payloads beside a code are ignored', qr: qr(['Welcome to Year 6!', 'AAAA']), expected: { kind: 'card', codes: ['AAAA'], spare: [] } },
    { name: 'only foreign payloads', qr: qr(['Welcome to Year 6!', '']), expected: { kind: 'foreign', reasons: ['"Welcome to Year 6!" is not an access code (4 to 32 letters, digits and hyphens)', 'empty payload'] } },
    { name: 'card-like without a code', qr: qr([], { cardLike: true }), expected: { kind: 'unreadable', cause: 'card-like', accepted: [], read: [] } },
    {
      name: 'card-like with only a foreign payload says what was read',
      qr: qr(['../../etc/passwd'], { cardLike: true }),
      expected: { kind: 'unreadable', cause: 'card-like', accepted: [], read: ['"../../etc/passwd" is not an access code (4 to 32 letters, digits and hyphens)'] },
    },
    { name: 'an undecodable symbol', qr: qr([], { undecodable: true }), expected: { kind: 'unreadable', cause: 'undecodable', accepted: [], read: [] } },
    { name: 'a read code beside an undecodable symbol', qr: qr(['AAAA'], { undecodable: true }), expected: { kind: 'unreadable', cause: 'undecodable', accepted: ['AAAA'], read: [] } },
    { name: 'unknown code', qr: qr(['UNKN1234']), expected: { kind: 'rejected', accepted: [], rejected: [{ code: 'UNKN1234', reason: 'unknown-code', job: null }] } },
    { name: 'other job', qr: qr(['OTHR1234']), expected: { kind: 'rejected', accepted: [], rejected: [{ code: 'OTHR1234', reason: 'other-job-code', job: 'Spring Fair 2023' }] } },
    { name: 'retired', qr: qr(['RETD1234']), expected: { kind: 'rejected', accepted: [], rejected: [{ code: 'RETD1234', reason: 'retired-code', job: 'Hillside Primary 2019' }] } },
    {
      name: 'a rejected sibling rejects the frame',
      qr: qr(['AAAA', 'RETD1234'], { undecodable: true }),
      expected: { kind: 'rejected', accepted: ['AAAA'], rejected: [{ code: 'RETD1234', reason: 'retired-code', job: 'Hillside Primary 2019' }] },
    },
  ])('$name', ({ qr: detection, expected }) => {
    expect(classifyFrame(detection, classifyByPrefix)).toEqual(expected);
  });

  it.each([
    { kind: 'plain', card: false },
    { kind: 'foreign', card: false },
    { kind: 'card', card: true },
    { kind: 'rejected', card: true },
    { kind: 'unreadable', card: true },
  ])('$kind ends a subject: $card', ({ kind, card }) => {
    expect(isCardFrame({ kind } as Frame)).toBe(card);
  });
});
