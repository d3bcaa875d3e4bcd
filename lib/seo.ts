// What search engines read in a page: JSON-LD (schema.org) for pages and roles. No content
// loading here: the Pages Router bundles role guides for the browser too (see pages/).
import type { Locale } from './content/schema';
import type { Role } from './content/types';
import { roleHref } from './links';
import { absoluteUrl as absolute } from './site';

/** The last item, the current page, carries no URL, as schema.org allows. */
export function breadcrumbJsonLd(items: { label: string; href?: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      ...(item.href && { item: absolute(item.href) }),
    })),
  };
}

const ISCO_SET = { '@type': 'CategoryCodeSet', name: 'ISCO-08', url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/' };

/** schema.org Occupation for a role; salary only where a source gives one. */
export function occupationJsonLd(role: Role) {
  const locale: Locale = role.locale;
  const salary = role.salary.filter((s) => s.min !== undefined || s.max !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    alternateName: role.aliases,
    description: role.summary,
    url: absolute(roleHref(locale, role.slug)),
    inLanguage: locale,
    skills: role.skills.map((s) => s.skill.label),
    responsibilities: role.duties,
    educationRequirements: role.entryRoutes.map((r) => r.text),
    qualifications: role.codes.studyDirections.map((d) => `${d.code} ${d.name}`),
    occupationalCategory: role.codes.isco08.map((c) => ({
      '@type': 'CategoryCode',
      codeValue: c.code,
      name: c.name,
      inCodeSet: ISCO_SET,
    })),
    ...(salary.length > 0 && {
      estimatedSalary: salary.map((s) => ({
        '@type': 'MonetaryAmountDistribution',
        name: s.context,
        currency: s.currency,
        duration: s.period === 'month' ? 'P1M' : 'P1Y',
        ...(s.min !== undefined && { minValue: s.min }),
        ...(s.max !== undefined && { maxValue: s.max }),
      })),
      occupationLocation: [...new Set(salary.map((s) => s.region))].map((name) => ({ '@type': 'AdministrativeArea', name })),
    }),
  };
}
