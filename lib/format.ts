// Formatting numbers, dates, periods and pay for display, by the language's conventions.
import type { PayFigure } from './content/types';
import { getDictionary } from './i18n';
import { localeInfo, type Locale } from './locales';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(localeInfo(locale).intl)));
  return f.format(n);
}

export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(localeInfo(locale).intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "октябрь 2025" / "October 2025": the month on its own is nominative, unlike in a full date. */
function monthYear(locale: Locale, ym: string, withYear = true): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const month = new Intl.DateTimeFormat(localeInfo(locale).intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return withYear ? `${month} ${y}` : month;
}

/** "2025" -> "2025", "2025-10" -> "октябрь 2025", "2024-01/2024-09" -> "январь–сентябрь 2024". */
export function formatPeriod(locale: Locale, period: string): string {
  const [from, to] = period.split('/') as [string, string?];
  const one = (p: string) => (p.length === 4 ? p : monthYear(locale, p));
  if (!to) return one(from);
  if (from.length === 7 && to.length === 7 && from.slice(0, 4) === to.slice(0, 4)) {
    return `${monthYear(locale, from, false)}–${monthYear(locale, to)}`;
  }
  return `${one(from)} – ${one(to)}`;
}

/** "115 700 ₽" / "₽115,700". */
export function formatRoubles(locale: Locale, amount: number): string {
  return getDictionary(locale).role.pay.amountPattern.replace('{amount}', formatNumber(locale, amount));
}

/** "115 700 ₽ в месяц" / "₽115,700 a month". */
export function formatPayAmount(locale: Locale, figure: Pick<PayFigure, 'amount'>): string {
  return `${formatRoubles(locale, figure.amount)} ${getDictionary(locale).role.pay.perMonth}`;
}

/** What a figure measures, in words: "медиана; в вакансиях (предлагают работодатели); до вычета НДФЛ". */
export function describePayMeasure(locale: Locale, f: PayFigure): string {
  const t = getDictionary(locale).role.pay;
  return [f.statistic ? t.statistic[f.statistic] : t.statisticUnstated, t.measure[f.measure], f.gross ? t.gross : '', f.scope === 'role' ? '' : t.scope[f.scope]].filter(Boolean).join('; ');
}

/** One line for quick facts, compare and handouts: "115 700 ₽ в месяц (медиана, в вакансиях), Москва, 2025". */
export function payHeadline(locale: Locale, f: PayFigure): string {
  const t = getDictionary(locale).role.pay;
  const what = [f.statistic && t.statistic[f.statistic], t.measure[f.measure]].filter(Boolean).join(', ');
  return `${formatPayAmount(locale, f)} (${what}), ${f.region.name}, ${formatPeriod(locale, f.period)}`;
}
