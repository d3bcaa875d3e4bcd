/** @type {import('next').NextConfig} */
const nextConfig = {
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
    // Only the embeddable role card may be framed by other sites.
    const embed = ['/embed/:path*', '/en/embed/:path*'];
    return [
      { source: '/((?!embed/|en/embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      ...embed.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] })),
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
