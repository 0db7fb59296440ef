import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../electron/main/sender-guard.js';
import type { AppOrigin } from '../../../electron/main/sender-guard.js';

const INDEX = 'shootdesk-app://app/index.html';
const packaged: AppOrigin = { kind: 'app-scheme' };
const dev: AppOrigin = { kind: 'dev-server', origin: 'http://localhost:5173' };
const top = (url: string) => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('trusts the packaged index page, with or without a fragment or query', () => {
    expect(isTrustedSender(top(INDEX), packaged)).toBe(true);
    expect(isTrustedSender(top(`${INDEX}#/jobs`), packaged)).toBe(true);
    expect(isTrustedSender(top(`${INDEX}?x=1`), packaged)).toBe(true);
  });

  it('trusts the dev server, on any path', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/index.html#x'), dev)).toBe(true);
  });

  const forged: Array<[string, { url: string; parent: unknown } | null, AppOrigin]> = [
    ['a missing (navigated or destroyed) frame', null, packaged],
    ['a subframe of the app page', { url: INDEX, parent: {} }, packaged],
    ['a subframe on the dev server', { url: 'http://localhost:5173/', parent: { url: 'http://localhost:5173/' } }, dev],
    ['a file', top('file:///home/me/Downloads/evil.html'), packaged],
    ['the built page as a file', top('file:///opt/Shootdesk/resources/app.asar/out/renderer/index.html'), packaged],
    ['the scheme on another host', top('shootdesk-app://evil/index.html'), packaged],
    ['the scheme with credentials', top('shootdesk-app://me@app/index.html'), packaged],
    ['the scheme on a port', top('shootdesk-app://app:8080/index.html'), packaged],
    ['a look-alike scheme', top('shootdesk-apps://app/index.html'), packaged],
    ['the media scheme', top('shootdesk-media://thumb/index.html'), packaged],
    ['a website', top('https://example.com/'), packaged],
    ['devtools', top('devtools://devtools/bundled/devtools_app.html'), packaged],
    ['about:blank', top('about:blank'), packaged],
    ['a data: URL', top('data:text/html,<script>alert(1)</script>'), packaged],
    ['the dev host on another port', top('http://localhost:5174/'), dev],
    ['the dev port over https', top('https://localhost:5173/'), dev],
    ['the dev port on another host name', top('http://127.0.0.1:5173/'), dev],
    ['a look-alike host', top('http://localhost.evil.com:5173/'), dev],
    ['a file page in dev mode', top(INDEX), dev],
    ['an unparseable URL', top('not a url'), packaged],
    ['an empty URL', top(''), dev],
  ];

  it.each(forged)('refuses %s', (_name, frame, allowed) => {
    expect(isTrustedSender(frame, allowed)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('is the navigation rule: same page or dev origin only', () => {
    expect(isAppUrl('http://localhost:5173/somewhere', dev)).toBe(true);
    expect(isAppUrl('https://evil.example/', dev)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
  });
});
