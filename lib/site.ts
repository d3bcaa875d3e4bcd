// Where the site is published. Canonical URLs, hreflang and the sitemap are absolute, so
// production sets SITE_URL (for example https://roles.example.ru); locally it is localhost.
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** A site path as an absolute URL on SITE_URL. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;

/** No SITE_URL: links, QR codes and handouts point at this machine, and pages that hand things out say so. */
export const SITE_URL_IS_LOCAL = !process.env.SITE_URL;

/** Where readers report mistakes (shown on /about); set by the site's operator. */
export const CONTACT_EMAIL = process.env.CONTACT_EMAIL?.trim() || undefined;
