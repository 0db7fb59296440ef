// The renderer's Content-Security-Policy. It is sent as a response header (which covers the
// dev server) and repeated as a <meta> tag in renderer/index.html (file:// loads carry no
// headers). A test keeps the two identical. The dev server needs nothing extra: its client
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
