import type { Role, RoleLink } from '@/lib/content/types';
import { SECTIONS, type SectionId } from '@/lib/content/sections';
import { fill, getDictionary } from '@/lib/i18n';
import { handoutHref, homeHref, roleHref, rolesHref } from '@/lib/links';
import { occupationJsonLd } from '@/lib/seo';
import { Breadcrumbs } from '../Breadcrumbs';
import { CopyButton } from '../CopyButton';
import { JsonLd } from '../JsonLd';
import { QuickFacts } from './QuickFacts';
import { RoleSection } from './RoleSection';
import { sectionHeading } from './section-heading';
import { SECTION_DATA } from './sections';

/** The sections a role page shows, in the table's order: required ones always, optional ones with prose or data. */
export function visibleSections(role: Role): SectionId[] {
  const prose = new Set(role.sections.map((s) => s.id));
  return SECTIONS.filter((s) => {
    if (s.prose === 'required' || s.prose === 'none') return true;
    if (prose.has(s.id)) return true;
    return s.id === 'codes' || s.id === 'sources';
  }).map((s) => s.id);
}

/** The full role guide: quick facts, contents, then the sections of lib/content/sections.ts. */
export function RoleGuide({ role, previous, next }: { role: Role; previous?: RoleLink; next?: RoleLink }) {
  const { locale } = role;
  const dict = getDictionary(locale);
  const t = dict.role;
  const html = new Map(role.sections.map((s) => [s.id, s.html]));
  const order = visibleSections(role);
  const sourcesFor = (id: SectionId) => role.sources.filter((s) => s.sections.includes(id)).map((s) => s.source);

  return (
    <article>
      <JsonLd data={occupationJsonLd(role)} />
      <Breadcrumbs
        label={dict.breadcrumbs}
        items={[
          { label: dict.nav.home, href: homeHref(locale) },
          { label: dict.nav.roles, href: rolesHref(locale) },
          { label: role.title },
        ]}
      />
      <h1 className="text-3xl font-bold sm:text-4xl">{role.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{role.summary}</p>
      <p className="mt-2 text-sm text-muted">
        {t.alsoCalled}: {role.aliases.join(', ')}
      </p>
      <p className="no-print mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-2 text-sm">
        <CopyButton value={roleHref(locale, role.slug)} label={dict.copy.page} done={dict.copy.done} failed={dict.copy.failed} />
        <a href={handoutHref(locale, role.slug)}>{dict.admissions.handout}</a>
      </p>
      <QuickFacts role={role} />
      <div className="role-layout">
        <nav aria-labelledby="toc-heading" id="contents" className="role-toc no-print mt-6">
          <h2 id="toc-heading" className="text-lg font-semibold">
            {t.contents}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {order.map((id) => (
              <li key={id}>
                <a href={`#${id}`} data-toc-link={id}>
                  {sectionHeading(role, id)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="role-body min-w-0">
          {order.map((id) => {
            const Data = SECTION_DATA[id];
            return (
              <RoleSection
                key={id}
                id={id}
                locale={locale}
                heading={sectionHeading(role, id)}
                html={html.get(id)}
                sources={id === 'sources' ? [] : sourcesFor(id)}
                copy={{ url: roleHref(locale, role.slug, id), label: dict.copy.section, short: dict.copy.short, done: dict.copy.done, failed: dict.copy.failed }}
              >
                {Data ? <Data role={role} /> : null}
              </RoleSection>
            );
          })}
          {(previous || next) && (
            <nav aria-label={fill(t.inArea, { area: role.area.name })} className="no-print mt-12 flex flex-wrap justify-between gap-4 border-t border-line pt-6">
              {previous ? (
                <a href={roleHref(locale, previous.slug)} rel="prev">
                  ← {previous.title}
                </a>
              ) : (
                <span />
              )}
              {next && (
                <a href={roleHref(locale, next.slug)} rel="next">
                  {next.title} →
                </a>
              )}
            </nav>
          )}
        </div>
      </div>
    </article>
  );
}
