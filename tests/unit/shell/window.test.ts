import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.js';
import { applySessionPolicy } from '../../../electron/main/session-policy.js';
import { hardenContents, windowOptions } from '../../../electron/main/window.js';

describe('windowOptions', () => {
  it('isolates and sandboxes the page with every security flag set', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

type Listener = (event: { url?: string; preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => unknown;

/** Records what hardenContents installs, so each rule can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
  };
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('hardenContents', () => {
  const appOrigin = { kind: 'app-scheme' } as const;
  const setUp = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenContents(fake.contents, appOrigin, openExternal);
    return { ...fake, openExternal };
  };

  it.each(['https://shootdesk.app/help', 'https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank', 'file:///app/out/renderer/index.html'])(
    'denies a new window for %s',
    (url) => {
      expect(setUp().openWindow(url)).toEqual({ action: 'deny' });
    },
  );

  it('opens an allowlisted https link in the browser instead of a window', () => {
    const fake = setUp();
    fake.openWindow('https://shootdesk.app/help');
    expect(fake.openExternal).toHaveBeenCalledWith('https://shootdesk.app/help');
  });

  it.each(['https://evil.example/', 'http://shootdesk.app/', 'https://shootdesk.app@evil.example/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'hands %s to no program at all',
    (url) => {
      const fake = setUp();
      fake.openWindow(url);
      expect(fake.fire('will-navigate', url)).toBe(true);
      expect(fake.openExternal).not.toHaveBeenCalled();
    },
  );

  it('keeps the page when a link to our site is followed, and opens it in the browser', () => {
    const fake = setUp();
    expect(fake.fire('will-navigate', 'https://shootdesk.app/help')).toBe(true);
    expect(fake.openExternal).toHaveBeenCalledWith('https://shootdesk.app/help');
  });

  it('blocks navigation and redirects away from the app page', () => {
    const fake = setUp();
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///home/me/photo.jpg')).toBe(true);
    expect(fake.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///app/out/renderer/index.html')).toBe(true);
    expect(fake.fire('will-navigate', 'shootdesk-app://app/index.html#/jobs')).toBe(false);
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const fake = setUp();
    expect(fake.fire('will-attach-webview')).toBe(true);
  });
});

describe('applySessionPolicy', () => {
  function fakeSession() {
    const installed: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      webRequest: { onHeadersReceived: (l: (...args: never[]) => unknown) => (installed.headers = l) },
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (installed.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (installed.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (installed.device = h),
    };
    applySessionPolicy(session as unknown as Session);
    return installed as unknown as {
      headers: (details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
      request: (contents: unknown, permission: string, cb: (granted: boolean) => void) => void;
      check: (contents: unknown, permission: string) => boolean;
      device: (details: { deviceType: string }) => boolean;
    };
  }

  it('adds the CSP header to every response, keeping the others', () => {
    const callback = vi.fn();
    fakeSession().headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  // Electron's own list (Session.setPermissionRequestHandler), the hostile ones first.
  const permissions = ['openExternal', 'media', 'display-capture', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fileSystem', 'hid', 'serial', 'usb', 'midi', 'midiSysex', 'pointerLock', 'keyboardLock', 'fullscreen', 'idle-detection', 'window-management', 'storage-access', 'top-level-storage-access', 'speaker-selection', 'mediaKeySystem', 'unknown'];

  it.each(permissions)('denies the %s permission, asked and checked', (permission) => {
    const policy = fakeSession();
    const callback = vi.fn();
    policy.request({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(policy.check({}, permission)).toBe(false);
  });

  it.each(['hid', 'serial', 'usb'])('denies %s devices', (deviceType) => {
    expect(fakeSession().device({ deviceType })).toBe(false);
  });
});
