import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isAllowedExternal } from './external-links.js';
import { isAppUrl } from './sender-guard.js';
import type { AppOrigin } from './sender-guard.js';

/** The main window: the page gets no Node, runs sandboxed, and sees only the preload's API. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Shootdesk',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * The page may not open windows, navigate away from the app, or embed webviews. A photo
 * dropped on the window or a link in a roster must never replace the app with a web page
 * that would then hold the preload's API. A link to one of our own https pages opens in the
 * user's browser instead.
 */
export function hardenContents(contents: WebContents, appOrigin: AppOrigin, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
    if (isAllowedExternal(event.url)) openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
