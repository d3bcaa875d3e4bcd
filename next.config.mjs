import { LOCALE_TABLE } from './lib/locales-table.mjs';
import { securityHeaders } from './lib/security-headers.mjs';

// Every page is a Pages Router page under pages/[lang]/ that ships no framework JavaScript;
// the App Router serves only what is not a page (route handlers, sitemap, robots, OG images).
// The default language has no URL prefix: its paths are rewritten to /<code>/… after files,
// and proxy.ts redirects /<code>/… back (with the security headers).
const [defaultLocale, ...prefixed] = LOCALE_TABLE;
const segments = [defaultLocale.code, ...prefixed.map((l) => l.prefix.slice(1))].join('|');

if (process.env.npm_lifecycle_event === 'build' && !process.env.SITE_URL) {
  console.warn(
    '\n⚠ SITE_URL is not set: canonical links, hreflang, the sitemap, QR codes, handouts and embed codes will point at http://localhost:3000.\n' +
      '  Set SITE_URL to the public address (for example SITE_URL=https://roles.example.ru npm run build) before publishing.\n',
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Benchmarks build generated content into their own folder (NEXT_DIST_DIR) beside .next.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Slashes are tidied by proxy.ts, which sends the security headers with the redirect.
  skipTrailingSlashRedirect: true,
  async headers() {
    // Only the embeddable cards (/embed/…, in every language) may be framed by other sites.
    const embedPrefixes = ['', ...prefixed.map((l) => l.prefix)].map((p) => `${p.slice(1)}${p ? '/' : ''}embed/`);
    return [
      { source: `/((?!${embedPrefixes.join('|')}).*)`, headers: securityHeaders() },
      ...embedPrefixes.map((p) => ({ source: `/${p}:path*`, headers: securityHeaders({ embed: true }) })),
    ];
  },
  async rewrites() {
    return {
      // After files and static routes (robots.txt, /enhance.js, /_next/…), before dynamic
      // routes; open data and API routes are outside the languages.
      afterFiles: [{ source: `/:path((?!(?:${segments})(?:/|$)|data/|api/).*)`, destination: `/${defaultLocale.code}/:path` }],
    };
  },
};

export default nextConfig;
