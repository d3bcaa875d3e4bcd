import { getDictionary } from '@/lib/i18n';
import { kpiHref, kpisHref } from '@/lib/links';
import type { SectionProps } from './types';

/**
 * Each KPI by its glossary name and formula (the same on every page), with this role's note.
 * The definition lives once, on the KPI's own page, linked from its name.
 */
export function Kpis({ role }: SectionProps) {
  const t = getDictionary(role.locale).role;
  return (
    <>
      <dl className="space-y-4">
        {role.kpis.map(({ kpi, note }) => (
          <div key={kpi.id} className="rounded-md border border-line p-4" data-kpi={kpi.id}>
            <dt className="font-semibold">
              <a href={kpiHref(role.locale, kpi.id)}>{kpi.name}</a>
            </dt>
            {kpi.formula ? (
              <dd className="mt-2">
                <span className="text-sm text-muted">{t.kpiFormula}: </span>
                <code className="rounded bg-panel px-2 py-1 font-mono text-sm">{kpi.formula}</code>
              </dd>
            ) : null}
            {note ? (
              <dd className="mt-2">
                <strong>{t.kpiInRole}:</strong> {note}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <a href={kpisHref(role.locale)}>{t.kpisGlossary}</a>
      </p>
    </>
  );
}
