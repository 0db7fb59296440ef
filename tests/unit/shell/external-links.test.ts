import { describe, expect, it } from 'vitest';
import { EXTERNAL_HOSTS, isAllowedExternal } from '../../../electron/main/external-links.js';

describe('isAllowedExternal', () => {
  it.each([
    'https://shootdesk.app',
    'https://shootdesk.app/',
    'https://www.shootdesk.app/help/sorting?from=app#cards',
    'https://SHOOTDESK.app/help',
    'https://shootdesk.app/search?q=a%20b',
    'https://shootdesk.app/#@evil.example',
  ])('opens %s', (url) => {
    expect(isAllowedExternal(url)).toBe(true);
  });

  const hostile: Array<[string, string]> = [
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: in capitals', 'JAVASCRIPT:alert(1)'],
    ['javascript: dressed as our host', 'javascript://shootdesk.app/%0Aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a UNC path', 'file://attacker.example/share/payload.exe'],
    ['http:', 'http://shootdesk.app/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['another scheme an OS program claims', 'ms-msdt:/id PCWDiagnostic'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a scheme-relative URL', '//shootdesk.app/'],
    ['https without slashes', 'https:shootdesk.app/'],
    ['https with three slashes', 'https:///shootdesk.app/'],
    ['userinfo hiding the real host', 'https://shootdesk.app@evil.example/'],
    ['userinfo before our host', 'https://evil.example@shootdesk.app/'],
    ['user and password', 'https://user:pass@shootdesk.app/'],
    ['an encoded @ in the userinfo', 'https://shootdesk.app%40evil.example@evil.example/'],
    ['our host as a subdomain of the attacker', 'https://shootdesk.app.evil.example/'],
    ['a look-alike with a prefix', 'https://evil-shootdesk.app/'],
    ['a subdomain of ours not on the list', 'https://evil.shootdesk.app/'],
    ['a trailing dot', 'https://shootdesk.app./'],
    ['an IDN look-alike (Cyrillic о)', 'https://shооtdesk.app/'],
    ['the same look-alike in punycode', 'https://xn--shtdesk-bjga.app/'],
    ['full-width letters', 'https://ｓｈｏｏｔｄｅｓｋ.app/'],
    ['a percent-encoded host', 'https://shootdesk%2Eapp/'],
    ['a port', 'https://shootdesk.app:8443/'],
    ['the default port written out', 'https://shootdesk.app:443/'],
    ['an empty port', 'https://shootdesk.app:/'],
    ['a backslash for a slash', 'https:\\\\shootdesk.app\\'],
    ['a backslash before an @', 'https://shootdesk.app\\@evil.example/'],
    ['a leading space', ' https://shootdesk.app/'],
    ['a trailing newline', 'https://shootdesk.app/\n'],
    ['a tab inside the host', 'https://shoot\tdesk.app/'],
    ['a newline inside the host', 'https://shoot\ndesk.app/'],
    ['a NUL', 'https://shootdesk.app/\u0000.evil.example'],
    ['a DEL', 'https://shootdesk.app/\u007f'],
    ['a right-to-left override', 'https://shootdesk.app/\u202eexe.pdf'],
    ['a zero-width space in the host', 'https://shoot\u200bdesk.app/'],
    ['an IPv4 address', 'https://127.0.0.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['a very long URL', `https://shootdesk.app/${'a'.repeat(5000)}`],
    ['an empty string', ''],
    ['not a URL', 'shootdesk.app'],
  ];

  it.each(hostile)('refuses %s', (_name, url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });

  it('allows only hosts we publish', () => {
    expect(EXTERNAL_HOSTS.every((host) => isAllowedExternal(`https://${host}/`))).toBe(true);
    expect(EXTERNAL_HOSTS.every((host) => host === host.toLowerCase() && !host.startsWith('xn--'))).toBe(true);
  });
});
