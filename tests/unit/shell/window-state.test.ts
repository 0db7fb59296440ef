import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWindowState, saveWindowState, windowStateFile } from '../../../electron/main/window-state.js';

describe('the saved window state', () => {
  it('reads back what was saved, in a file of its own in user data, with nothing left beside it', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'shootdesk-window-'));
    const file = windowStateFile(userData);
    expect(readWindowState(file)).toBeNull();
    const state = { bounds: { x: -1200, y: 40, width: 1180, height: 760 }, maximized: true };
    await saveWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(userData)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it.each([
    ['half a file', '{"bounds":{"x":10,"y":'],
    ['another shape', '{"x":10,"y":20,"width":1100,"height":700}'],
    ['a zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":700},"maximized":false}'],
    ['not JSON', 'window'],
  ])('takes %s for no saved state, so the defaults apply', (_name, text) => {
    const file = join(mkdtempSync(join(tmpdir(), 'shootdesk-window-')), 'window-state.json');
    writeFileSync(file, text);
    expect(readWindowState(file)).toBeNull();
  });
});
