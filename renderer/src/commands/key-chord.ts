/**
 * Keys are written out ("Mod+Shift+Z", "?", "ArrowLeft"); Mod is Cmd on a Mac and Ctrl
 * elsewhere. A chord matches one keydown exactly: Mod+Z does not fire on Mod+Shift+Z.
 */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesChord(chord: string, press: KeyPress, mac: boolean): boolean {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  if (wants.has('Mod') !== mod || other || wants.has('Alt') !== press.altKey) return false;
  // A printed symbol ("?") already says whether Shift was down; a letter or a named key does not.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && wants.has('Shift') !== press.shiftKey) return false;
  return key.length === 1 ? press.key.toLowerCase() === key.toLowerCase() : press.key === key;
}

/** How a chord is shown in the help and in tooltips on this platform. */
export function chordLabel(chord: string, mac: boolean): string {
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' }
    : { Mod: 'Ctrl', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };
  return chord
    .split('+')
    .map((part) => names[part] ?? part)
    .join(mac ? '' : '+');
}
