import { describe, expect, it } from 'vitest';
import { captureTimeIso, captureTimeMs } from '../../../electron/core/jobs/capture-time.js';

const base = Date.UTC(2026, 4, 4, 10, 11, 12);

describe('captureTimeMs', () => {
  it.each([
    { dto: '2026:05:04 10:11:12', subsec: null, expected: base },
    { dto: '2026:05:04 10:11:12', subsec: '07', expected: base + 70 },
    { dto: '2026:05:04 10:11:12', subsec: '7', expected: base + 700 },
    { dto: '2026:05:04 10:11:12', subsec: '123', expected: base + 123 },
    { dto: '2026:05:04 10:11:12', subsec: '5 ', expected: base + 500 },
    { dto: '2026-05-04T10:11:12', subsec: null, expected: base },
    { dto: '0000:00:00 00:00:00', subsec: null, expected: null },
    { dto: '    :  :     :  :  ', subsec: null, expected: null },
    { dto: null, subsec: '12', expected: null },
    { dto: '2026:13:04 10:11:12', subsec: null, expected: null },
  ])('$dto + $subsec', ({ dto, subsec, expected }) => {
    expect(captureTimeMs(dto, subsec)).toBe(expected);
  });
});

describe('captureTimeIso', () => {
  it.each([
    { dto: '2026:05:04 10:11:12', expected: '2026-05-04T10:11:12' },
    { dto: '2026-05-04T10:11:12', expected: '2026-05-04T10:11:12' },
    { dto: '0000:00:00 00:00:00', expected: null },
    { dto: '2026:13:04 10:11:12', expected: null },
    { dto: null, expected: null },
  ])('$dto', ({ dto, expected }) => {
    expect(captureTimeIso(dto)).toBe(expected);
  });
});
