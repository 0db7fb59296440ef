// A Content-Security-Policy read the way the browser reads it (CSP Level 3, "parse a
// serialized CSP"), and the rules the renderer's policy must keep.

/** Directive name (lower case) → its source expressions, in order. */
export type Csp = ReadonlyMap<string, readonly string[]>;

const ASCII_WHITESPACE = /[\t\n\f\r ]+/;

export function parseCsp(serialized: string): Csp {
  const policy = new Map<string, string[]>();
  for (const token of serialized.split(';')) {
    const [name, ...values] = token.trim().split(ASCII_WHITESPACE);
    if (!name) continue;
    const directive = name.toLowerCase();
    // The browser keeps the first of two directives with one name and ignores the second, so a
    // strict directive followed by a lax one stays strict, and the reverse stays lax.
    if (policy.has(directive)) continue;
    policy.set(directive, values);
  }
  return policy;
}

/** A keyword (`'self'`), matched as the browser does: ASCII case-insensitively. */
const keyword = (source: string): string => source.toLowerCase();
const SCHEME_SOURCE = /^[a-z][a-z0-9+.-]*:$/i;
const REMOTE_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

// Scripts may come from the app itself and nowhere else: no inline code, no eval, no data:
// or blob: URLs, no hosts.
const SCRIPT_SOURCES = new Set(["'self'", "'none'"]);
const SELF_OR_NONE = new Set(["'self'", "'none'"]);
const FINER_SCRIPT_DIRECTIVES = ['script-src-elem', 'script-src-attr', 'worker-src'];

/** Every rule the policy breaks, one line each; empty when it holds. */
export function cspFindings(csp: Csp): string[] {
  const findings: string[] = [];
  const sources = (directive: string): readonly string[] | undefined => csp.get(directive);
  const exactlyOneOf = (directive: string, allowed: ReadonlySet<string>, fallback?: string) => {
    const list = sources(directive) ?? (fallback ? sources(fallback) : undefined);
    if (!list) findings.push(`${directive} is missing`);
    else if (list.length !== 1 || !allowed.has(keyword(list[0] ?? ''))) findings.push(`${directive} must be one of ${[...allowed].join(' ')}, is ${list.join(' ') || 'empty'}`);
  };

  exactlyOneOf('default-src', SELF_OR_NONE);
  exactlyOneOf('object-src', new Set(["'none'"]), 'default-src');
  // Neither falls back to default-src: without them a <base> tag or a framing page is unrestricted.
  exactlyOneOf('base-uri', SELF_OR_NONE);
  exactlyOneOf('frame-ancestors', SELF_OR_NONE);

  // script-src is judged as the browser applies it (falling back to default-src); the finer
  // script directives only where they are written, since they fall back to script-src.
  const scriptPolicies: Array<[string, readonly string[]]> = [['script-src', sources('script-src') ?? sources('default-src') ?? []]];
  for (const directive of FINER_SCRIPT_DIRECTIVES) {
    const list = sources(directive);
    if (list) scriptPolicies.push([directive, list]);
  }
  for (const [directive, list] of scriptPolicies) {
    for (const source of list) {
      if (!SCRIPT_SOURCES.has(keyword(source))) findings.push(`${directive} allows ${source}`);
    }
  }
  for (const [directive, list] of csp) {
    for (const source of list) {
      const remote = source === '*' || REMOTE_SCHEMES.has(keyword(source)) || !(source.startsWith("'") || SCHEME_SOURCE.test(source));
      if (remote) findings.push(`${directive} allows the remote origin ${source}`);
    }
  }
  return findings;
}
