/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The content pipeline reads content/ with fs at build time; pages are static.
  experimental: {
    // Tailwind output is small: inlining it removes a render-blocking request.
    inlineCss: true,
  },
};

export default nextConfig;
