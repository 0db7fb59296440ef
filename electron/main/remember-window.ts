import { screen, type BrowserWindow } from 'electron';
import { restoreBounds } from './window-bounds.js';
import { readWindowState, saveWindowState } from './window-state.js';

/**
 * Opens the window where she left it (restoreBounds keeps it on a display that is still there),
 * maximised if it was, and saves where it is when it closes.
 */
export function rememberWindow(window: BrowserWindow, file: string, onError: (error: unknown) => void): void {
  const saved = readWindowState(file);
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
  window.setBounds(restoreBounds(saved?.bounds ?? null, areas));
  // After 'ready-to-show' has shown it: maximising a hidden window shows it early on Windows.
  if (saved?.maximized) window.once('show', () => window.maximize());
  window.on('close', () => {
    saveWindowState(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(onError);
  });
}
