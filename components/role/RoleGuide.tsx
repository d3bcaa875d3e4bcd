import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Role, RoleLink } from '@/lib/content/types';
import { SECTION_IDS, type SectionId } from '@/lib/content/schema';
import { formatSalaryAmount } from '@/lib/format';
import { fill, formatDate, getDictionary } from '@/lib/i18n';
import { compareHref, handoutHref, homeHref, roleHref, rolesHref, skillHref, studyHref } from '@/lib/links';
import { occupationJsonLd } from '@/lib/seo';
import { Breadcrumbs } from '../Breadcrumbs';
import { JsonLd } from '../JsonLd';
import { CareerDiagram } from './CareerDiagram';
import { QuickFacts } from './QuickFacts';
import { RoleSection } from './RoleSection';
import { CopyButton } from '../CopyButton';

/** The full role guide: quick facts, contents, then the fixed sections in order. */
export function RoleGuide({ role, previous, next }: { role: Role; previous?: RoleLink; next?: RoleLink }) {
  const { locale } = role;
  const dict = getDictionary(locale);
  const t = dict.role;
  const prose = new Map(role.sections.map((s) => [s.id, s]));
  const link = (r: RoleLink) => roleHref(locale, r.slug);

  // Lists of sentences use index keys: they are rendered once on the server and never
  // reorder, and a sentence as key would put it in the page's RSC payload twice.
  const data: Partial<Record<SectionId | 'faq', ReactNode>> = {
    duties: (
      <>
        <h3 className="text-lg font-semibold">{t.dutiesList}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {role.duties.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      </>
    ),
    skills: (
      <div className="grid gap-6 sm:grid-cols-2">
        {(['essential', 'optional'] as const).map((weight) => (
          <div key={weight}>
            <h3 className="text-lg font-semibold">{t[weight]}</h3>
            <ul className="mt-2 space-y-1" data-skill-weight={weight}>
              {role.skills
                .filter((s) => s.weight === weight)
                .map(({ skill }) => (
                  <li key={skill.id}>
                    <Link prefetch={false} href={skillHref(locale, skill.id)}>{skill.label}</Link> <span className="text-sm text-muted">({t.skillKinds[skill.kind]})</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    ),
    kpi: (
      <dl className="space-y-4">
        {role.kpis.map((k) => (
          <div key={k.name} className="rounded-md border border-line p-4">
            <dt className="font-semibold">{k.name}</dt>
            <dd className="mt-1">{k.meaning}</dd>
            {k.formula ? (
              <dd className="mt-2">
                <span className="text-sm text-muted">{t.kpiFormula}: </span>
                <code className="rounded bg-panel px-2 py-1 font-mono text-sm">{k.formula}</code>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    ),
    education: (
      <>
        <h3 className="text-lg font-semibold">{t.entryRoutes}</h3>
        <ul className="mt-2 space-y-2">
          {role.entryRoutes.map((r, i) => (
            <li key={i}>
              <strong>{t.entryKinds[r.kind]}.</strong> {r.text}
            </li>
          ))}
        </ul>
        <h3 className="mt-6 text-lg font-semibold">{t.studyDirections}</h3>
        <ul className="mt-2 space-y-1">
          {role.codes.studyDirections.map((d) => (
            <li key={d.code}>
              <Link prefetch={false} href={studyHref(locale, d.code)}>
                <span className="font-mono">{d.code}</span> {d.name}
              </Link>{' '}
              <span className="text-sm text-muted">({t.levels[d.level]})</span>
            </li>
          ))}
        </ul>
      </>
    ),
    career: (
      <>
        <h3 className="text-lg font-semibold">{t.ladder}</h3>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {role.ladder.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
        <CareerDiagram locale={locale} title={role.title} from={role.career.from} to={role.career.to} />
      </>
    ),
    salary:
      role.salary.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t.salaryTable.caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">{t.salaryTable.amount}</th>
                <th scope="col" className="py-2 pr-3">{t.salaryTable.region}</th>
                <th scope="col" className="py-2 pr-3">{t.salaryTable.context}</th>
                <th scope="col" className="py-2">{t.salaryTable.source}</th>
              </tr>
            </thead>
            <tbody>
              {role.salary.map((s) => (
                <tr key={`${s.source.ref}-${s.min}-${s.max}-${s.region}`} className="border-b border-line align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatSalaryAmount(locale, s)}</td>
                  <td className="py-2 pr-3">
                    {s.region}, {s.year ?? t.salaryTable.yearNotGiven}
                  </td>
                  <td className="py-2 pr-3">{s.context}</td>
                  <td className="py-2">
                    {fill(t.sourceLabel, { seed: s.source.seed, from: s.source.fromLine, to: s.source.toLine })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null,
    'pros-cons': (
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <h3 className="text-lg font-semibold">{t.pros}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {role.pros.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="text-lg font-semibold">{t.cons}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {role.cons.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </div>
      </div>
    ),
    faq: (
      <dl className="space-y-4">
        {role.faq.map((f, i) => (
          <div key={i}>
            <dt className="font-semibold">{f.q}</dt>
            <dd className="mt-1">{f.a}</dd>
          </div>
        ))}
      </dl>
    ),
    related: (
      <ul className="space-y-3">
        {role.related.map((r) => (
          <li key={r.role.slug}>
            <Link prefetch={false} href={link(r.role)} className="font-semibold">
              {r.role.title}
            </Link>{' '}
            <span className="text-sm text-muted">({t.relations[r.relation]})</span>{' '}
            <a href={compareHref(locale, [role.slug, r.role.slug])} className="text-sm">
              {t.compareWith}
            </a>
            <p className="mt-1">{r.why}</p>
          </li>
        ))}
      </ul>
    ),
    codes: (
      <>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">{t.codesTable.system}</th>
                <th scope="col" className="py-2 pr-3">{t.codesTable.code}</th>
                <th scope="col" className="py-2 pr-3">{t.codesTable.name}</th>
                <th scope="col" className="py-2">{t.codesTable.confidence}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...role.codes.isco08.map((c) => ({ ...c, system: t.codesTable.isco })),
                ...role.codes.profstandard.map((c) => ({ ...c, system: t.codesTable.profstandard })),
              ].map((c) => (
                <tr key={`${c.system}-${c.code}`} className="border-b border-line align-top">
                  <td className="py-2 pr-3">{c.system}</td>
                  <td className="py-2 pr-3 font-mono">{c.code}</td>
                  <td className="py-2 pr-3">{c.name}</td>
                  <td className="py-2" data-confidence={c.confidence}>
                    {t.confidence[c.confidence]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-muted">{t.codesTable.iscoNameNote}</p>
      </>
    ),
    sources: (
      <>
        <p>{t.sourcesIntro}</p>
        <ul className="mt-2 list-disc pl-5">
          {role.sources.map((s) => (
            <li key={s.ref}>
              {fill(t.sourceLabel, { seed: s.seed, from: s.fromLine, to: s.toLine })}{' '}
              <span className="font-mono text-sm text-muted">{s.file}</span>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          {t.reviewed}: <time dateTime={role.reviewed}>{formatDate(locale, role.reviewed)}</time>
        </p>
      </>
    ),
  };

  // The schema's section order, with the FAQ (which has no prose section) after pros and cons.
  const order: (SectionId | 'faq')[] = SECTION_IDS.flatMap((id) => (id === 'pros-cons' ? [id, 'faq' as const] : [id]));
  const headingOf = (id: SectionId | 'faq') =>
    (id !== 'faq' && prose.get(id)?.heading) ||
    t.defaultHeadings[id as keyof typeof t.defaultHeadings] ||
    id;

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
      <nav aria-labelledby="toc-heading" className="no-print mt-6">
        <h2 id="toc-heading" className="text-lg font-semibold">
          {t.contents}
        </h2>
        <ol className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-5 sm:grid-cols-2">
          {order.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{headingOf(id)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {order.map((id) => (
        <RoleSection
          key={id}
          id={id}
          heading={headingOf(id)}
          html={id === 'faq' ? undefined : prose.get(id)?.html}
          linkLabel={t.sectionLink}
          copy={{ url: roleHref(locale, role.slug, id), label: dict.copy.section, short: dict.copy.short, done: dict.copy.done, failed: dict.copy.failed }}
        >
          {data[id]}
        </RoleSection>
      ))}
      {(previous || next) && (
        <nav aria-label={fill(t.inArea, { area: role.area.name })} className="no-print mt-12 flex flex-wrap justify-between gap-4 border-t border-line pt-6">
          {previous ? (
            <Link prefetch={false} href={link(previous)} rel="prev">
              ← {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link prefetch={false} href={link(next)} rel="next">
              {next.title} →
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}

