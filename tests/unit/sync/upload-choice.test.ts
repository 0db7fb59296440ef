import { describe, expect, it } from 'vitest';
import { uploadChoice } from '../../../electron/core/sync/upload-choice.js';

describe('uploadChoice', () => {
  it.each([
    // The setting decides when a photo's bytes are first to go.
    ['original', null, true, 'original'],
    ['resized', null, true, 'resized'],
    // A record without bytes (hidden, in no gallery) needs no choice yet.
    ['resized', null, false, null],
    ['original', null, false, null],
    // Once chosen, kept whatever the setting says now: the shop refuses other bytes once some arrived.
    ['original', 'resized', true, 'resized'],
    ['resized', 'original', true, 'original'],
    ['original', 'resized', false, 'resized'],
  ] as const)('setting %s, chosen before %s, bytes to send %s → %s', (setting, before, bytes, choice) => {
    expect(uploadChoice(setting, before, bytes)).toBe(choice);
  });
});
