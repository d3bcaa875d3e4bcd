// Pay figures: when a figure's period ends, whether it is too old to be a headline, and the
// order figures are shown in. Pure logic, shared by the loader, pages and JSON-LD.
import type { PayFigure } from './types';

/** A figure more than this many years older than the page's review is history only. */
export const PAY_MAX_AGE_YEARS = 3;

/** The last day a period covers: "2025" -> "2025-12-31", "2024-01/2024-09" -> "2024-09-30". */
export function periodEnd(period: string): string {
  const last = period.split('/').at(-1)!;
  const [year, month] = last.split('-').map(Number) as [number, number?];
  const end = month ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
  return end.toISOString().slice(0, 10);
}

/** The first day a period covers: "2025" -> "2025-01-01", "2024-03/2024-09" -> "2024-03-01". */
export function periodStart(period: string): string {
  const first = period.split('/')[0]!;
  const [year, month] = first.split('-');
  return `${year}-${month ?? '01'}-01`;
}

/** True when the period ended more than PAY_MAX_AGE_YEARS before the review date. */
export function isOutdated(period: string, reviewed: string): boolean {
  const cutoff = new Date(`${reviewed}T00:00:00Z`);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - PAY_MAX_AGE_YEARS);
  return new Date(`${periodEnd(period)}T00:00:00Z`) < cutoff;
}

const SCOPE_ORDER = { role: 0, neighbour: 1, group: 2, field: 3 } as const;

/** Current before outdated; the role's own figures before a group's or a field's; newest first. */
export function sortPay(figures: PayFigure[]): PayFigure[] {
  return [...figures].sort(
    (a, b) =>
      Number(a.outdated) - Number(b.outdated) ||
      SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
      b.periodEnd.localeCompare(a.periodEnd) ||
      a.region.order - b.region.order,
  );
}

/** The figure a page may put in its quick facts, compare table, handout and JSON-LD. */
export function headlinePay(figures: PayFigure[]): PayFigure | undefined {
  return figures.find((f) => !f.outdated && f.scope === 'role');
}

/** Current figures, for quick facts, compare, handouts and JSON-LD: never history. */
export const currentPay = (figures: PayFigure[]) => figures.filter((f) => !f.outdated);
