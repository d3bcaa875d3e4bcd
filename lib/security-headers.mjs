// @ts-check
// The security headers of every response, in one place: next.config.mjs sends them with
// pages and files, proxy.ts with the answers it gives itself (redirects, 400, 405).
// The CSP is strict: scripts and styles only from this site (no inline script or style),
// JSON-LD is a data block and needs no permission.

/** @param {{ embed?: boolean }} [options] embed: the card other sites may frame. */
export function securityHeaders({ embed = false } = {}) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? '*' : "'none'"}`,
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(embed ? [] : [{ key: 'X-Frame-Options', value: 'DENY' }]),
  ];
}

/** Is this path the embeddable card (/embed/… in any language)? */
export function isEmbedPath(/** @type {string} */ pathname) {
  return /^\/(?:[a-z]{2}\/)?embed\//.test(pathname);
}
