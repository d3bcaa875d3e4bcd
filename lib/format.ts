// Pure formatting of content values for display.
import type { Locale } from './content/schema';
import type { SalaryFigure } from './content/types';
import { formatNumber, getDictionary } from './i18n';

/** "35 000–50 000 GBP в год", "from 60,000 RUB a month" */
export function formatSalaryAmount(locale: Locale, s: SalaryFigure): string {
  const t = getDictionary(locale).role.salaryTable;
  const n = (v: number) => formatNumber(locale, v);
  const amount =
    s.min !== undefined && s.max !== undefined
      ? s.min === s.max
        ? n(s.min)
        : `${n(s.min)}–${n(s.max)}`
      : s.min !== undefined
        ? `${t.from} ${n(s.min)}`
        : `${t.to} ${n(s.max!)}`;
  return `${amount} ${s.currency} ${s.period === 'month' ? t.perMonth : t.perYear}`;
}
