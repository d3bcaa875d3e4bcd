import { formatDate } from '@/lib/format';
import { fill, getDictionary } from '@/lib/i18n';
import { aboutHref } from '@/lib/links';
import type { SectionProps } from './types';

/** Occupation codes (ОКЗ = ISCO-08) with official titles and when each applies; профстандарты. */
export function Codes({ role }: SectionProps) {
  const t = getDictionary(role.locale).role.codesTable;
  return (
    <>
      <h3 className="text-lg font-semibold">{t.okz}</h3>
      <dl className="mt-2 space-y-3" data-codes="occupations">
        {role.codes.occupations.map((c) => (
          <div key={c.code} data-covers={c.covers}>
            <dt>
              <span className="font-mono font-semibold">{c.code}</span> {c.name}
            </dt>
            <dd className="text-sm text-muted">{t.coversLabels[c.covers]}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-lg font-semibold">{t.profstandard}</h3>
      {role.codes.profstandards.length > 0 ? (
        <ul className="mt-2 space-y-2" data-codes="profstandards">
          {role.codes.profstandards.map((p) => (
            <li key={p.code}>
              <span className="font-mono font-semibold">{p.code}</span> {p.name}
              {p.name !== p.title && <span lang="ru"> («{p.title}»)</span>}
              <br />
              <span className="text-sm text-muted">{fill(t.order, { by: p.order.by, date: formatDate(role.locale, p.order.date), number: p.order.number })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t.noStandard}</p>
      )}
      <p className="mt-4 text-sm">
        <a href={aboutHref(role.locale, 'codes')}>{t.note}</a>
      </p>
    </>
  );
}
