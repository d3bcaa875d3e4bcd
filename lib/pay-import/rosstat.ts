// Rosstat form 57-Т bulletin (October of odd years): the mean accrued monthly wage by ОКЗ
// group, national, before tax. The bulletin's xlsx has a sheet per table; the table by
// occupation group is sheet «9» in recent waves, but numbers shift between waves, so the sheet
// is found by its title and «9» is the fallback. Column A is the group's name, column C the
// wage; rows whose C is not a number are headers and notes. Groups are named, not numbered:
// they are matched to ОКЗ codes by their official titles (content/codes.yaml `groups`), with a
// leading code in column A or B used when a bulletin has one.
import type { ImportedPayFile } from '../content/pay-data';

export interface RosstatRow {
  name: string;
  code?: string;
  wage: number;
}

export type Sheet = unknown[][];

const normalizeName = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\d+\)/g, '') // footnote markers: «Руководители1)»
    .replace(/[*«»"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The sheet holding wages by occupation group: by title, else the one named «9». */
export function findWageSheet(sheets: Record<string, Sheet>): string | undefined {
  const titled = Object.entries(sheets).find(([, rows]) => {
    const head = rows.slice(0, 10).flat().filter((c): c is string => typeof c === 'string').join(' ').toLowerCase();
    return /профессиональн/.test(head) && /(групп|занят)/.test(head) && /заработн/.test(head);
  });
  return titled?.[0] ?? ('9' in sheets ? '9' : undefined);
}

/** The period in the sheet's title («…за октябрь 2025 года») as YYYY-10. */
export function periodOfSheet(rows: Sheet): string | undefined {
  const head = rows.slice(0, 10).flat().filter((c): c is string => typeof c === 'string').join(' ');
  const m = /октябр\S*\s+(\d{4})/i.exec(head);
  return m ? `${m[1]}-10` : undefined;
}

/** Data rows: a name in A, a wage (a number over 1 000) in C; a code if A or B starts with one. */
export function wageRows(rows: Sheet): RosstatRow[] {
  return rows.flatMap((r) => {
    const [a, b, c] = r;
    const wage = typeof c === 'number' ? c : typeof c === 'string' ? Number(c.replace(/\s/g, '').replace(',', '.')) : NaN;
    if (typeof a !== 'string' || !a.trim() || !Number.isFinite(wage) || wage <= 1000) return [];
    const code = /^\s*(\d{1,4})\b/.exec(a)?.[1] ?? (typeof b === 'string' || typeof b === 'number' ? /^\s*(\d{1,4})\s*$/.exec(String(b))?.[1] : undefined);
    return [{ name: a.replace(/^\s*\d{1,4}\s*/, '').trim(), ...(code && { code }), wage }];
  });
}

export interface RosstatImportOptions {
  /** Each role's ОКЗ codes, most specific first (the role's main code first). */
  roles: { slug: string; codes: string[] }[];
  /** Official titles of ОКЗ groups by code (1 to 4 digits). */
  groupTitles: Map<string, string>;
  source: string;
  period: string;
  generated: string;
}

/**
 * A figure per role: the wage of the most specific ОКЗ group the bulletin gives for the role's
 * main code (its 4-, 3-, 2- or 1-digit group), labelled with that group.
 */
export function importRosstat(rows: RosstatRow[], { roles, groupTitles, source, period, generated }: RosstatImportOptions): ImportedPayFile {
  const byCode = new Map<string, number>();
  const titleToCode = new Map([...groupTitles].map(([code, title]) => [normalizeName(title), code]));
  const skipped: Record<string, number> = {};
  for (const row of rows) {
    const code = row.code ?? titleToCode.get(normalizeName(row.name));
    if (!code) skipped['unknown-group'] = (skipped['unknown-group'] ?? 0) + 1;
    else if (!byCode.has(code)) byCode.set(code, row.wage);
  }
  const figures: ImportedPayFile['figures'] = [];
  for (const role of roles) {
    const main = role.codes[0];
    const group = main && [4, 3, 2, 1].map((n) => main.slice(0, n)).find((g) => byCode.has(g));
    if (!group) {
      skipped['role-without-group'] = (skipped['role-without-group'] ?? 0) + 1;
      continue;
    }
    figures.push({ role: role.slug, region: 'russia', statistic: 'average', amount: Math.round(byCode.get(group)!), count: 0, period, group });
  }
  return { name: `${source}.json`, source, measure: 'paid', gross: true, generated, figures, skipped };
}
