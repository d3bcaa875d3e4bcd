// What search engines read in a page: JSON-LD (schema.org) for pages and roles. No content
// loading here: the Pages Router bundles role guides for the browser too (see pages/).
import type { Locale } from './locales';
import { currentPay, periodStart } from './content/pay';
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

/** schema.org Occupation for a role; salary only from current figures, with their period. */
export function occupationJsonLd(role: Role) {
  const locale: Locale = role.locale;
  const salary = currentPay(role.pay).filter((f) => f.scope === 'role');
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
    occupationalCategory: role.codes.occupations.map((c) => ({
      '@type': 'CategoryCode',
      codeValue: c.code,
      name: c.isco,
      inCodeSet: ISCO_SET,
    })),
    ...(salary.length > 0 && {
      estimatedSalary: salary.map((f) => ({
        '@type': 'MonetaryAmountDistribution',
        name: `${f.who ?? role.title}: ${f.region.name}`,
        currency: 'RUB',
        duration: 'P1M',
        ...(f.statistic === 'median' ? { median: f.amount } : { value: f.amount }),
        validFrom: periodStart(f.period),
        validThrough: f.periodEnd,
      })),
      occupationLocation: [...new Set(salary.map((f) => f.region.name))].map((name) => ({ '@type': 'AdministrativeArea', name })),
    }),
  };
}
