// The sitemap's entries: every indexable page, in both languages.
import { getKpis, getRoles, getSkills, getStudyDirections, getTools, LOCALES } from './content';
import { localePath } from './links';
import { absoluteUrl as absolute } from './site';

/** Every indexable page, each with its twin in the other language. */
export function sitemapEntries() {
  const paths = [
    '/',
    '/roles',
    ...getRoles('ru').map((r) => `/roles/${r.slug}`),
    '/skills',
    ...getSkills('ru').map((s) => `/skills/${s.id}`),
    '/study',
    ...getStudyDirections('ru').map((d) => `/study/${d.code}`),
    '/tools',
    ...getTools('ru').map((x) => `/tools/${x.id}`),
    '/kpis',
    ...getKpis('ru').map((k) => `/kpis/${k.id}`),
    '/map',
    '/quiz',
    '/for-admissions',
    '/about',
  ];
  const reviewed = new Map(getRoles('ru').map((r) => [`/roles/${r.slug}`, r.reviewed]));
  return paths.flatMap((path) =>
    LOCALES.map((locale) => ({
      url: absolute(localePath(locale, path)),
      ...(reviewed.has(path) && { lastModified: reviewed.get(path) }),
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, absolute(localePath(l, path))])) },
    })),
  );
}
