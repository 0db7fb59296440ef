import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.js';
import { cspFindings, parseCsp } from '../../support/security/csp-rules.js';
import { tagsNamed } from '../../support/security/html-tags.js';

const ROOT = path.join(import.meta.dirname, '../../..');
const BUILT_PAGE = path.join(ROOT, 'out/renderer/index.html');

const cspMetaTags = (html: string) => tagsNamed(html, 'meta').filter((tag) => tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');

describe('parseCsp', () => {
  it.each([
    ['one directive', "script-src 'self'", { 'script-src': ["'self'"] }],
    ['several, with a trailing semicolon', "default-src 'none'; img-src data: 'self';", { 'default-src': ["'none'"], 'img-src': ['data:', "'self'"] }],
    ['any ASCII whitespace between sources', "script-src\t'self'\n  https://a.example\f'none'", { 'script-src': ["'self'", 'https://a.example', "'none'"] }],
    ['empty directives', " ; ;default-src 'self' ;; ", { 'default-src': ["'self'"] }],
    ['names in any case', "Script-SRC 'self'", { 'script-src': ["'self'"] }],
    ['the first of two directives with one name', "script-src 'self'; script-src 'unsafe-inline'", { 'script-src': ["'self'"] }],
    ['a directive with no sources', 'sandbox', { sandbox: [] }],
    ['nothing', '', {}],
  ])('reads %s', (_name, policy, expected) => {
    expect(Object.fromEntries(parseCsp(policy))).toEqual(expected);
  });
});

describe('cspFindings', () => {
  const STRICT = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  it('accepts a strict policy, and default-src none', () => {
    expect(cspFindings(parseCsp(STRICT))).toEqual([]);
    expect(cspFindings(parseCsp("default-src 'none'; script-src 'self'; base-uri 'self'; frame-ancestors 'self'"))).toEqual([]);
  });

  const weakened: Array<[string, string, string]> = [
    ['inline scripts', "script-src 'self' 'unsafe-inline'", "script-src allows 'unsafe-inline'"],
    ['inline scripts in capitals', "script-src 'self' 'UNSAFE-INLINE'", "script-src allows 'UNSAFE-INLINE'"],
    ['eval', "script-src 'self' 'unsafe-eval'", "script-src allows 'unsafe-eval'"],
    ['wasm eval', "script-src 'self' 'wasm-unsafe-eval'", "script-src allows 'wasm-unsafe-eval'"],
    ['inline event handlers by hash', "script-src 'self' 'unsafe-hashes'", "script-src allows 'unsafe-hashes'"],
    ['scripts over https', "script-src 'self' https:", 'script-src allows https:'],
    ['scripts over http', "script-src 'self' http:", 'script-src allows http:'],
    ['scripts from anywhere', "script-src 'self' *", 'script-src allows *'],
    ['scripts from a host', "script-src 'self' cdn.example.com", 'script-src allows cdn.example.com'],
    ['scripts from data: URLs', "script-src 'self' data:", 'script-src allows data:'],
    ['scripts from blob: URLs', "script-src 'self' blob:", 'script-src allows blob:'],
    ['an inline script element', "script-src-elem 'self' 'unsafe-inline'", "script-src-elem allows 'unsafe-inline'"],
    ['inline event handlers', "script-src-attr 'unsafe-inline'", "script-src-attr allows 'unsafe-inline'"],
    ['a worker from a host', "worker-src https://evil.example", 'worker-src allows https://evil.example'],
    ['a lax script-src after a strict one', "script-src 'self' 'unsafe-inline'; script-src 'self'", "script-src allows 'unsafe-inline'"],
    ['images from the web', "img-src 'self' https:", 'img-src allows the remote origin https:'],
    ['connections to a host', "connect-src 'self' https://api.example.com", 'connect-src allows the remote origin https://api.example.com'],
    ['connections over websockets anywhere', "connect-src 'self' wss:", 'connect-src allows the remote origin wss:'],
    ['styles from anywhere', "style-src *", 'style-src allows the remote origin *'],
  ];

  it.each(weakened)('refuses %s', (_name, extra, finding) => {
    // Prepended, so the weakened directive is the one the browser keeps.
    expect(cspFindings(parseCsp(`${extra}; ${STRICT}`))).toContain(finding);
  });

  it.each([
    ['no default-src', STRICT.replace("default-src 'self'; ", ''), 'default-src is missing'],
    ['a lax default-src', STRICT.replace("default-src 'self'", "default-src 'self' https:"), "default-src must be one of 'self' 'none', is 'self' https:"],
    ['default-src with a wildcard', STRICT.replace("default-src 'self'", 'default-src *'), "default-src must be one of 'self' 'none', is *"],
    ['no script-src, a lax default-src', STRICT.replace("default-src 'self'; script-src 'self'", "default-src 'self' 'unsafe-eval'"), "script-src allows 'unsafe-eval'"],
    ['plugins allowed', STRICT.replace("object-src 'none'", "object-src 'self'"), "object-src must be one of 'none', is 'self'"],
    ['no object-src over default-src self', STRICT.replace("object-src 'none'; ", ''), "object-src must be one of 'none', is 'self'"],
    ['no base-uri', STRICT.replace("base-uri 'none'; ", ''), 'base-uri is missing'],
    ['a base-uri anywhere', STRICT.replace("base-uri 'none'", 'base-uri *'), "base-uri must be one of 'self' 'none', is *"],
    ['no frame-ancestors', STRICT.replace("; frame-ancestors 'none'", ''), 'frame-ancestors is missing'],
    ['framing by anyone', STRICT.replace("frame-ancestors 'none'", 'frame-ancestors https:'), "frame-ancestors must be one of 'self' 'none', is https:"],
    ['a second policy after a comma, as a header may list', `${STRICT}, script-src https:`, "frame-ancestors must be one of 'self' 'none', is 'none', script-src https:"],
  ])('refuses %s', (_name, policy, finding) => {
    expect(cspFindings(parseCsp(policy))).toContain(finding);
  });
});

describe("the renderer's policy", () => {
  it('keeps every rule, sent as a header', () => {
    expect(cspFindings(parseCsp(CONTENT_SECURITY_POLICY))).toEqual([]);
  });

  it('is the one meta tag of the source page', () => {
    const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    expect(cspMetaTags(html).map((tag) => tag.attributes.get('content'))).toEqual([CONTENT_SECURITY_POLICY]);
  });

  describe('in the built page (out/renderer/index.html)', () => {
    const html = () => {
      if (!existsSync(BUILT_PAGE)) throw new Error(`${BUILT_PAGE} is missing: run npx electron-vite build first (npm test does)`);
      return readFileSync(BUILT_PAGE, 'utf8');
    };

    it('carries exactly the same policy, once, before any script', () => {
      const page = html();
      const policies = cspMetaTags(page).map((tag) => tag.attributes.get('content') ?? '');
      expect(policies.map((policy) => cspFindings(parseCsp(policy)))).toEqual([[]]);
      expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
      // A meta policy applies only to what comes after it.
      expect(page.search(/<meta\s[^>]*content-security-policy/i)).toBeLessThan(page.search(/<script/i));
    });

    it('has no inline script and loads scripts and styles from the app only', () => {
      const page = html();
      const scripts = tagsNamed(page, 'script');
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(script.content.trim()).toBe('');
        expect(script.attributes.get('src')).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
      }
      for (const link of tagsNamed(page, 'link')) expect(link.attributes.get('href')).toMatch(/^\.\/assets\/[\w.-]+$/);
    });
  });
});

describe('tagsNamed', () => {
  it('reads attributes quoted either way, bare, in any case, with entities', () => {
    const [tag] = tagsNamed(`<META HTTP-EQUIV=Content-Security-Policy Content='a &#39;self&#39;; b &quot;x&quot; &amp;'>`, 'meta');
    expect(Object.fromEntries(tag?.attributes ?? [])).toEqual({ 'http-equiv': 'Content-Security-Policy', content: `a 'self'; b "x" &` });
  });

  it('reads an inline script and skips commented-out tags', () => {
    expect(tagsNamed('<!-- <script>old()</script> --><script type="module">run()</script>', 'script').map((tag) => tag.content)).toEqual(['run()']);
  });

  it('does not take a longer tag name for the one asked', () => {
    expect(tagsNamed('<metadata content="x"><meta content="y">', 'meta').map((tag) => tag.attributes.get('content'))).toEqual(['y']);
  });
});
