import { readFileSync } from 'node:fs';
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

/** Records what hardenContents installs, so each rule can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => unknown) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
  };
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: () => openHandler?.() };
}

describe('hardenContents', () => {
  const appOrigin = { kind: 'file', indexUrl: 'file:///app/out/renderer/index.html' } as const;

  it('denies every new window', () => {
    const fake = fakeContents();
    hardenContents(fake.contents, appOrigin);
    expect(fake.openWindow()).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app page', () => {
    const fake = fakeContents();
    hardenContents(fake.contents, appOrigin);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///home/me/photo.jpg')).toBe(true);
    expect(fake.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///app/out/renderer/index.html#/jobs')).toBe(false);
  });

  it('refuses to attach webviews', () => {
    const fake = fakeContents();
    hardenContents(fake.contents, appOrigin);
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
    };
    applySessionPolicy(session as unknown as Session);
    return installed as unknown as {
      headers: (details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
      request: (contents: unknown, permission: string, cb: (granted: boolean) => void) => void;
      check: () => boolean;
    };
  }

  it('adds the CSP header to every response, keeping the others', () => {
    const callback = vi.fn();
    fakeSession().headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies permission requests and checks', () => {
    const policy = fakeSession();
    const callback = vi.fn();
    policy.request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(policy.check()).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the policy in the renderer meta tag', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows scripts only from the app and images from the media protocol', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' shootdesk-media: data:");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
