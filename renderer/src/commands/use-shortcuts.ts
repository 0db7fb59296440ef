import { useEffect } from 'react';
import type { AppState } from '../store/types';
import { COMMANDS } from './commands';
import { matchesChord } from './key-chord';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** A key typed into a field (a name, a code) is text, not a command; Escape still leaves the field. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Binds every command of the table to its keys while the workspace is shown. */
export function useShortcuts(getState: () => AppState, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing) return;
      if (typingIn(event.target)) {
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      // A button or link keeps Enter and Space for itself.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLElement && ['BUTTON', 'A'].includes(event.target.tagName)) return;
      const command = COMMANDS.find((c) => c.keys.some((chord) => matchesChord(chord, event, IS_MAC)));
      if (!command) return;
      event.preventDefault();
      command.run(getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [getState, enabled]);
}
