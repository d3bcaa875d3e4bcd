import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/content/schema';
import { getRolesForStudyDirection, getStudyDirections } from '@/lib/content';
import { getDictionary, plural } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { homeHref, localePath, roleHref, studyHref, studyIndexHref } from '@/lib/links';
import { Breadcrumbs } from '../Breadcrumbs';
import { PageShell } from '../PageShell';
import { RoleCardList } from '../RoleCardList';

export function studyIndexMetadata(locale: Locale) {
  const t = getDictionary(locale).study;
  return pageMetadata({ locale, path: '/study', title: t.title, description: t.lead });
}

/** Study directions by level, each with the roles it leads to. */
export function StudyIndexPage({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  const t = dict.study;
  const directions = getStudyDirections(locale);
  return (
    <PageShell locale={locale} path={studyIndexHref(locale)}>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.study }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {(['bachelor', 'master'] as const).map((level) => (
        <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
          <h2 id={`level-${level}`} className="text-2xl font-bold">
            {t.levels[level]}
          </h2>
          <ul className="mt-3 space-y-3">
            {directions
              .filter((d) => d.level === level)
              .map((d) => {
                const roles = getRolesForStudyDirection(locale, d.code);
                return (
                  <li key={d.code}>
                    <Link prefetch={false} href={studyHref(locale, d.code)} className="font-semibold">
                      <span className="font-mono">{d.code}</span> {d.name}
                    </Link>{' '}
                    <span className="text-sm text-muted">({plural(locale, roles.length, dict.counts.roles)})</span>
                    {roles.length > 0 && (
                      <p className="text-muted">
                        {roles.map((r, i) => (
                          <span key={r.slug}>
                            {i > 0 && ', '}
                            <Link prefetch={false} href={roleHref(locale, r.slug, 'education')}>{r.title}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </PageShell>
  );
}

export function studyParams(locale: Locale) {
  return getStudyDirections(locale).map((d) => ({ code: d.code }));
}

const findDirection = (locale: Locale, code: string) => getStudyDirections(locale).find((d) => d.code === code);

export function studyMetadata(locale: Locale, code: string) {
  const direction = findDirection(locale, code);
  if (!direction) return {};
  const t = getDictionary(locale).study;
  const roles = getRolesForStudyDirection(locale, code).map((r) => r.title);
  return pageMetadata({ locale, path: `/study/${code}`, title: `${direction.code} ${direction.name}`, description: `${t.leadsTo}: ${roles.join(', ')}` });
}

/** One study direction and the roles it leads to. */
export function StudyPage({ locale, code }: { locale: Locale; code: string }) {
  const direction = findDirection(locale, code);
  if (!direction) notFound();
  const dict = getDictionary(locale);
  const t = dict.study;
  const roles = getRolesForStudyDirection(locale, code);
  return (
    <PageShell locale={locale} path={localePath(locale, `/study/${code}`)}>
      <Breadcrumbs
        label={dict.breadcrumbs}
        items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.study, href: studyIndexHref(locale) }, { label: direction.code }]}
      />
      <h1 className="text-3xl font-bold sm:text-4xl">
        <span className="font-mono">{direction.code}</span> {direction.name}
      </h1>
      <p className="mt-2 text-muted">
        {t.levels[direction.level]}. {t.codeNote}
      </p>
      <h2 className="mb-3 mt-8 text-2xl font-bold">{t.leadsTo}</h2>
      <RoleCardList roles={roles} />
    </PageShell>
  );
}
