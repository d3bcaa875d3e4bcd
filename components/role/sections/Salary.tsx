import type { PayFigure } from '@/lib/content/types';
import { currentPay } from '@/lib/content/pay';
import { describePayMeasure, formatPayAmount, formatPeriod, formatRoubles } from '@/lib/format';
import { fill, getDictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/locales';
import { aboutHref } from '@/lib/links';
import { VACANCY_SITES, vacancySearchUrl } from '@/lib/vacancy-links';
import { SourceCitation } from '../SourceCitation';
import type { SectionProps } from './types';

/** Figures of one measure, source and period for several regions, shown side by side. */
function regionGroups(figures: PayFigure[]): PayFigure[][] {
  const groups = new Map<string, PayFigure[]>();
  for (const f of figures) {
    const key = [f.source.id, f.period, f.statistic, f.measure, f.scope, f.who ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.region.order - b.region.order));
}

/** One figure as a small card: readable on a phone without a table to scroll. */
function FigureCard({ figures, locale }: { figures: PayFigure[]; locale: Locale }) {
  const t = getDictionary(locale).role.pay;
  const first = figures[0]!;
  return (
    <div className="rounded-md border border-line p-4" data-pay-figure={first.outdated ? 'outdated' : 'current'}>
      {figures.length > 1 ? (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t.regionsCaption}</caption>
          <thead>
            <tr className="border-b border-line text-sm text-muted">
              <th scope="col" className="py-1 pr-3 font-normal">{t.region}</th>
              <th scope="col" className="py-1 font-normal">{t.amount}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 font-normal">{f.region.name}</th>
                <td className="py-1 font-semibold">{formatPayAmount(locale, f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-xl font-semibold">{formatPayAmount(locale, first)}</p>
      )}
      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {first.who && (
          <>
            <dt className="text-muted">{t.what}</dt>
            <dd>{first.who}</dd>
          </>
        )}
        <dt className="text-muted">{t.measureLabel}</dt>
        <dd>
          {describePayMeasure(locale, first)}
          {first.imported && first.imported.q1 !== undefined && first.imported.q3 !== undefined && (
            <> ({fill(t.imported, { count: first.imported.count, q1: formatRoubles(locale, first.imported.q1), q3: formatRoubles(locale, first.imported.q3) })})</>
          )}
        </dd>
        {figures.length === 1 && (
          <>
            <dt className="text-muted">{t.region}</dt>
            <dd>{first.region.name}</dd>
          </>
        )}
        <dt className="text-muted">{t.period}</dt>
        <dd>{formatPeriod(locale, first.period)}</dd>
        <dt className="text-muted">{t.source}</dt>
        <dd>
          <SourceCitation source={first.source} locale={locale} />
        </dd>
      </dl>
    </div>
  );
}

/** Current figures with what they measure, older ones as history, and live job searches. */
export function Salary({ role }: SectionProps) {
  const dict = getDictionary(role.locale).role;
  const t = dict.pay;
  const current = currentPay(role.pay);
  const history = role.pay.filter((f) => f.outdated);
  return (
    <>
      {current.length > 0 ? (
        <div className="space-y-3">
          <h3 className="text-lg font-semibold">{t.caption}</h3>
          {regionGroups(current).map((g) => (
            <FigureCard key={g[0]!.id} figures={g} locale={role.locale} />
          ))}
        </div>
      ) : (
        <p data-no-current-pay>{t.noCurrent}</p>
      )}
      {history.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold">{t.history}</summary>
          <p className="mt-2 text-sm">{t.historyNote}</p>
          <div className="mt-2 space-y-3">
            {regionGroups(history).map((g) => (
              <FigureCard key={g[0]!.id} figures={g} locale={role.locale} />
            ))}
          </div>
        </details>
      )}
      <div className="mt-6 rounded-md bg-panel p-4" data-vacancy-links>
        <h3 className="text-lg font-semibold">{dict.vacancies.heading}</h3>
        <p className="mt-1">{fill(dict.vacancies.lead, { query: role.vacancyQuery })}</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {VACANCY_SITES.map((site) => (
            <li key={site}>
              <a href={vacancySearchUrl(site, role.vacancyQuery)} target="_blank" rel="noopener" className="font-semibold">
                {dict.vacancies.sites[site]}
                <span className="sr-only"> {dict.vacancies.newTab}</span>
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">
          <a href={aboutHref(role.locale, 'pay')}>{dict.vacancies.howToRead}</a>
        </p>
      </div>
    </>
  );
}
