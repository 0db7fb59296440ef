import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../renderer/src/commands/commands.js';
import { chordLabel, matchesChord, type KeyPress } from '../../../renderer/src/commands/key-chord.js';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('key chords', () => {
  const cases: [string, KeyPress, boolean, boolean][] = [
    ['Mod+Z', press('z', { ctrlKey: true }), false, true],
    ['Mod+Z', press('z', { metaKey: true }), true, true],
    ['Mod+Z', press('z', { ctrlKey: true }), true, false],
    ['Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }), false, false],
    ['Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false, true],
    ['Mod+Shift+Z', press('z', { metaKey: true, shiftKey: true }), true, true],
    ['H', press('h'), false, true],
    ['H', press('H', { shiftKey: true }), false, false],
    ['Shift+H', press('H', { shiftKey: true }), false, true],
    ['H', press('h', { ctrlKey: true }), false, false],
    ['H', press('h', { altKey: true }), false, false],
    ['?', press('?', { shiftKey: true }), false, true],
    ['ArrowLeft', press('ArrowLeft'), false, true],
    ['ArrowLeft', press('ArrowLeft', { shiftKey: true }), false, false],
    ['Shift+ArrowLeft', press('ArrowLeft', { shiftKey: true }), false, true],
    ['Mod+A', press('a', { metaKey: true, ctrlKey: true }), true, false],
  ];
  it.each(cases)('%s against %o (mac %s) is %s', (chord, key, mac, matches) => {
    expect(matchesChord(chord, key, mac)).toBe(matches);
  });

  it('labels chords for each platform', () => {
    expect(chordLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(chordLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(chordLabel('Shift+ArrowDown', false)).toBe('Shift+↓');
  });

  it('binds each chord to one command only, and every command to a key', () => {
    const owners = new Map<string, string>();
    for (const command of COMMANDS) {
      expect(command.keys.length, command.id).toBeGreaterThan(0);
      for (const chord of command.keys) {
        expect(owners.get(chord), `${chord} bound twice`).toBeUndefined();
        owners.set(chord, command.id);
      }
    }
    // No keydown fires two commands on either platform.
    for (const mac of [true, false]) {
      for (const chord of owners.keys()) {
        const parts = chord.split('+');
        const key = parts.at(-1) ?? '';
        const down = press(key === ' ' ? ' ' : key, { shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt'), [mac ? 'metaKey' : 'ctrlKey']: parts.includes('Mod') });
        const fired = COMMANDS.filter((c) => c.keys.some((k) => matchesChord(k, down, mac)));
        expect(fired.map((c) => c.id), `${chord} on ${mac ? 'mac' : 'pc'}`).toEqual([owners.get(chord)]);
      }
    }
  });
});
