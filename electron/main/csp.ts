// The renderer's Content-Security-Policy. It is sent as a response header, by the app's own scheme
// (electron/main/app-protocol.ts) and on the dev server's responses, and repeated as a <meta> tag in
// renderer/index.html so the page carries it wherever it is opened. A test keeps the two identical. The dev server needs nothing extra: its client
// script is same-origin, and CSP3 lets 'self' match the ws: HMR socket on the same host.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' shootdesk-media: data:",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
