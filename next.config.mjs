/** @type {import('next').NextConfig} */
const nextConfig = {
  // Benchmarks build generated content into their own folder (NEXT_DIST_DIR) beside .next.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Inlining CSS was tried: it doubled role-page HTML (the CSS is repeated in the RSC
    // payload), so the stylesheet stays a cacheable file.
    inlineCss: false,
    // Unknown URLs are unmatched routes rendered by app/global-not-found.tsx. (notFound()
    // in a page renders an empty HTML shell in production: vercel/next.js#98295.)
    globalNotFound: true,
  },
  // Russian is served without a prefix, English under /en. Both live under app/[lang] so one
  // root layout renders every page (404s included) on the server with the right <html lang>.
  async redirects() {
    return [
      { source: '/ru', destination: '/', permanent: true },
      { source: '/ru/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async headers() {
    // 'unsafe-inline' for scripts: pages are static, so no per-request nonce, and Next's
    // inline RSC payload scripts differ on every page, so no fixed hashes (see README).
    const csp = (frameAncestors) =>
      [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-ancestors ${frameAncestors}`,
      ].join('; ');
    const common = [
      { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    // Only the embeddable role card may be framed by other sites.
    return [
      { source: '/((?!embed/|en/embed/).*)', headers: [...common, { key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: csp("'none'") }] },
      ...['/embed/:path*', '/en/embed/:path*'].map((source) => ({ source, headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }] })),
    ];
  },
  async rewrites() {
    return {
      // After files and static routes (robots.txt, /_next/...), before dynamic routes; open
      // data and API routes are dynamic routes of their own, outside the locales.
      afterFiles: [{ source: '/:path((?!en(?:/|$)|data/|api/).*)', destination: '/ru/:path' }],
    };
  },
};

export default nextConfig;
