import Link from 'next/link';
import type { Locale } from '@/lib/content/schema';
import { getAreas, getRoles } from '@/lib/content';
import { fill, getDictionary, plural } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { rolesHref } from '@/lib/links';
import { breadcrumbJsonLd } from '@/lib/seo';
import { JsonLd } from '../JsonLd';
import { PageShell } from '../PageShell';
import { RoleCardList } from '../RoleCardList';

export function homeMetadata(locale: Locale) {
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: '/', title: t.home.title, description: t.siteTagline });
}

export function HomePage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const roles = getRoles(locale);
  return (
    <PageShell locale={locale} path={locale === 'ru' ? '/' : '/en'}>
      <JsonLd data={breadcrumbJsonLd([{ label: t.nav.home, href: locale === 'ru' ? '/' : '/en' }])} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.home.title}</h1>
      <p className="mt-4 max-w-prose text-lg">{fill(t.home.lead, { roles: plural(locale, roles.length, t.counts.professions) })}</p>
      <h2 className="mt-10 text-2xl font-bold">{t.home.byArea}</h2>
      {getAreas(locale).map((area) => {
        const inArea = roles.filter((r) => r.area.id === area.id);
        if (inArea.length === 0) return null;
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="mt-8">
            <h3 id={`area-${area.id}`} className="text-xl font-semibold">
              <a href={rolesHref(locale, area.id)}>{area.name}</a>
            </h3>
            <p className="mb-3 mt-1 text-muted">{area.summary}</p>
            <RoleCardList roles={inArea} />
          </section>
        );
      })}
      <p className="mt-10">
        <Link prefetch={false} href={rolesHref(locale)}>{t.home.allRoles}</Link>
      </p>
    </PageShell>
  );
}
