// «Работа России» open data: vacancy pages saved from opendata.trudvsem.ru/api/v1/vacancies
// (JSON, as the API returns them) turned into offered-pay figures per role and region.
//
// The format, checked against published parsers of the API: { status, meta, results: {
// vacancies: [{ vacancy: { id, "job-name", salary_min, salary_max, region: { region_code,
// name }, "creation-date" } }] } }. salary_min/max come as numbers or strings; 0, "", null
// mean "not given". A missing `results` or `vacancies` is an empty page.
import type { ImportedPayFile } from '../content/pay-data';
import { MIN_VACANCIES } from '../content/pay-data';
import { roleMatcher, type RoleNames } from './role-matcher';
import { summarize } from './stats';

/** The region every vacancy also counts towards (regions.yaml). */
export const WHOLE_COUNTRY = 'russia';
/** Offers below or above these are not monthly pay (hourly rates, typos) and are skipped. */
const PLAUSIBLE = { min: 1_000, max: 5_000_000 };

export interface TrudvsemVacancy {
  id: string;
  title: string;
  /** Offered monthly pay: a range's midpoint, or a one-sided range's bound. */
  pay?: number;
  regionCode?: string;
  /** YYYY-MM-DD */
  created?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A tolerant number: "80 000" and 80000 are 80000; 0, "", null and text are absent. */
export function toAmount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/\s/g, '').replace(',', '.')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Offered pay from salary_min and salary_max: both → midpoint; one → that bound; none → absent. */
export function offeredPay(min: unknown, max: unknown): number | undefined {
  const low = toAmount(min);
  let high = toAmount(max);
  if (low !== undefined && high !== undefined && high < low) high = undefined;
  return low !== undefined && high !== undefined ? (low + high) / 2 : (low ?? high);
}

/** The vacancies of one saved API page (any JSON value: a page that is not one has none). */
export function vacanciesOfPage(page: unknown): TrudvsemVacancy[] {
  const results = isObject(page) && isObject(page.results) ? page.results : undefined;
  const items = results && Array.isArray(results.vacancies) ? results.vacancies : [];
  return items.flatMap((item) => {
    const v = isObject(item) && isObject(item.vacancy) ? item.vacancy : isObject(item) ? item : undefined;
    if (!v) return [];
    const id = String(v.id ?? '').trim();
    const title = String(v['job-name'] ?? v.job_name ?? '').trim();
    if (!id || !title) return [];
    const region = isObject(v.region) ? v.region : {};
    const created = String(v['creation-date'] ?? v.creation_date ?? '').slice(0, 10);
    return [
      {
        id,
        title,
        pay: offeredPay(v.salary_min, v.salary_max),
        ...(typeof region.region_code === 'string' && region.region_code.trim() && { regionCode: region.region_code.trim() }),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(created) && { created }),
      },
    ];
  });
}

export interface TrudvsemImportOptions {
  roles: RoleNames[];
  /** Region id by its «Работа России» code (regions.yaml `trudvsem`). */
  regionByCode: Map<string, string>;
  source: string;
  generated: string;
}

/** Pay figures from the vacancies of many pages: per role, per known region and for Russia. */
export function importTrudvsem(pages: unknown[], { roles, regionByCode, source, generated }: TrudvsemImportOptions): ImportedPayFile {
  const match = roleMatcher(roles);
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
  const seen = new Set<string>();
  const pay = new Map<string, number[]>(); // `${role}|${region}` -> offers
  const dates: string[] = [];
  for (const v of pages.flatMap(vacanciesOfPage)) {
    if (seen.has(v.id)) {
      skip('duplicate');
      continue;
    }
    seen.add(v.id);
    const m = match(v.title);
    if ('skipped' in m) {
      skip(m.skipped);
      continue;
    }
    if (v.pay === undefined) {
      skip('no-pay');
      continue;
    }
    if (v.pay < PLAUSIBLE.min || v.pay > PLAUSIBLE.max) {
      skip('implausible-pay');
      continue;
    }
    if (v.created) dates.push(v.created);
    const regions = [WHOLE_COUNTRY, ...(v.regionCode && regionByCode.has(v.regionCode) ? [regionByCode.get(v.regionCode)!] : [])];
    for (const region of regions) {
      const key = `${m.role}|${region}`;
      pay.set(key, [...(pay.get(key) ?? []), v.pay]);
    }
  }
  dates.sort();
  const month = (d: string) => d.slice(0, 7);
  const period = dates.length === 0 ? generated.slice(0, 7) : month(dates[0]!) === month(dates.at(-1)!) ? month(dates[0]!) : `${month(dates[0]!)}/${month(dates.at(-1)!)}`;
  const figures: ImportedPayFile['figures'] = [];
  for (const [key, offers] of [...pay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [role, region] = key.split('|') as [string, string];
    if (offers.length < MIN_VACANCIES) {
      skip('too-few-vacancies');
      continue;
    }
    figures.push({ role, region, statistic: 'median', ...summarize(offers), period });
  }
  const name = `trudvsem-${(dates.at(-1) ?? generated).slice(0, 7)}.json`;
  return { name, source, measure: 'offered', generated, figures, skipped };
}
