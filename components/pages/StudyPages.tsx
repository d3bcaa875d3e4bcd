import type { RoleCard, StudyDirection } from '@/lib/content/types';
import { STUDY_LEVELS } from '@/lib/content/schema';
import { getDictionary, plural } from '@/lib/i18n';
import { homeHref, roleHref, studyHref, studyIndexHref } from '@/lib/links';
import type { Locale } from '@/lib/locales';
import { AdmissionsKit } from '../AdmissionsKit';
import { Breadcrumbs } from '../Breadcrumbs';
import { RoleCardList } from '../RoleCardList';

export interface StudyIndexPageProps {
  locale: Locale;
  directions: (StudyDirection & { roles: RoleCard[] })[];
}

/** Study directions by level (college, bachelor, master), each with the roles it leads to. */
export function StudyIndexPage({ locale, directions }: StudyIndexPageProps) {
  const dict = getDictionary(locale);
  const t = dict.study;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.study }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{t.lead}</p>
      {STUDY_LEVELS.map((level) => (
        <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
          <h2 id={`level-${level}`} className="text-2xl font-bold">
            {t.levels[level]}
          </h2>
          <ul className="mt-3 space-y-3">
            {directions
              .filter((d) => d.level === level)
              .map((d) => (
                <li key={d.code}>
                  <a href={studyHref(locale, d.code)} className="font-semibold">
                    <span className="font-mono">{d.code}</span> {d.name}
                  </a>{' '}
                  <span className="text-sm text-muted">({plural(locale, d.roles.length, dict.counts.roles)})</span>
                  <p className="text-muted">
                    {d.roles.map((r, i) => (
                      <span key={r.slug}>
                        {i > 0 && ', '}
                        <a href={roleHref(locale, r.slug, 'education')}>{r.title}</a>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export interface StudyPageProps {
  locale: Locale;
  direction: StudyDirection;
  roles: RoleCard[];
  kit: { url: string; qr?: string; qrDownload: string; handout: string; embedSnippet: string };
}

/** One study direction, the roles it leads to, and the admissions kit for handing it out. */
export function StudyPage({ locale, direction, roles, kit }: StudyPageProps) {
  const dict = getDictionary(locale);
  const t = dict.study;
  return (
    <>
      <Breadcrumbs label={dict.breadcrumbs} items={[{ label: dict.nav.home, href: homeHref(locale) }, { label: dict.nav.study, href: studyIndexHref(locale) }, { label: direction.code }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">
        <span className="font-mono">{direction.code}</span> {direction.name}
      </h1>
      <p className="mt-2 text-muted">
        {t.levels[direction.level]}. {t.codeNote}
      </p>
      {direction.entrance && (
        <p className="mt-4 max-w-prose">
          <strong>{dict.role.entranceExams}:</strong> {direction.entrance} <span className="text-sm text-muted">{dict.role.entranceNote}</span>
        </p>
      )}
      <h2 className="mb-3 mt-8 text-2xl font-bold">{t.leadsTo}</h2>
      <RoleCardList locale={locale} roles={roles} section="education" />
      <AdmissionsKit locale={locale} {...kit} />
    </>
  );
}
