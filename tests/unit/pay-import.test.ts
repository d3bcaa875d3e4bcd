// Both pay importers on small fixtures in the real formats: they must produce exactly the
// medians and counts the fixtures imply, and publish nothing under 10 vacancies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importedPayFileSchema } from '@/lib/content/pay-data';
import { findWageSheet, importRosstat, periodOfSheet, wageRows, type Sheet } from '@/lib/pay-import/rosstat';
import { roleMatcher } from '@/lib/pay-import/role-matcher';
import { quantile } from '@/lib/pay-import/stats';
import { importTrudvsem, offeredPay, vacanciesOfPage } from '@/lib/pay-import/trudvsem';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'pay', 'trudvsem');
const pages = fs.readdirSync(FIXTURES).sort().map((n) => JSON.parse(fs.readFileSync(path.join(FIXTURES, n), 'utf8')) as unknown);
const roles = [
  { slug: 'sales-manager', names: ['Менеджер по продажам', 'продажник'] },
  { slug: 'procurement-manager', names: ['Менеджер по закупкам', 'закупщик'] },
];
const regionByCode = new Map([
  ['7700000000000', 'moscow'],
  ['7800000000000', 'spb'],
]);

describe('«Работа России» importer', () => {
  const file = importTrudvsem(pages, { roles, regionByCode, source: 'trudvsem-open-data', generated: '2026-12-01' });
  const figure = (role: string, region: string) => file.figures.find((f) => f.role === role && f.region === region);

  it('writes a file the content loader accepts', () => {
    expect(importedPayFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({ name: 'trudvsem-2026-11.json', source: 'trudvsem-open-data', measure: 'offered' });
  });

  it('gives the median and quartiles of offered pay the fixture implies, per region', () => {
    // Moscow: 40, 50, 60, 60, 70, 70, 75, 80, 90, 90, 100, 130 thousand.
    expect(figure('sales-manager', 'moscow')).toEqual({ role: 'sales-manager', region: 'moscow', statistic: 'median', amount: 72_500, q1: 60_000, q3: 90_000, count: 12, period: '2026-10/2026-11' });
    // Russia: Moscow's twelve and St Petersburg's three (100, 110, 120 thousand).
    expect(figure('sales-manager', 'russia')).toMatchObject({ amount: 80_000, q1: 65_000, q3: 100_000, count: 15 });
  });

  it('publishes nothing that rests on fewer than 10 vacancies', () => {
    expect(figure('sales-manager', 'spb')).toBeUndefined(); // 3 vacancies
    expect(file.figures.filter((f) => f.role === 'procurement-manager')).toEqual([]); // 9 vacancies
    expect(file.skipped['too-few-vacancies']).toBe(2); // St Petersburg sales, Russia-wide procurement
  });

  it('skips and counts unknown and ambiguous titles, missing pay and repeats', () => {
    expect(file.skipped).toMatchObject({ 'unknown-title': 2, 'ambiguous-title': 1, 'no-pay': 1, duplicate: 1 });
  });

  it('reads pay the way the API writes it: numbers or strings, 0 or empty for "not given"', () => {
    expect(offeredPay(60000, 80000)).toBe(70000);
    expect(offeredPay('50000', 70000)).toBe(60000);
    expect(offeredPay(90000, 0)).toBe(90000);
    expect(offeredPay(0, '100 000')).toBe(100000);
    expect(offeredPay(null, '')).toBeUndefined();
    expect(offeredPay(90000, 50000)).toBe(90000); // an upper bound below the lower one is no bound
    expect(vacanciesOfPage({ status: '200', meta: { total: 0 }, results: {} })).toEqual([]);
    expect(vacanciesOfPage('not a page')).toEqual([]);
  });

  it('matches a title to a role by whole words in any form, never by "менеджер" alone', () => {
    const match = roleMatcher(roles);
    expect(match('Менеджера по продажам (B2B)')).toEqual({ role: 'sales-manager' });
    expect(match('Старший закупщик')).toEqual({ role: 'procurement-manager' });
    expect(match('Менеджер')).toEqual({ skipped: 'unknown-title' });
    expect(match('Менеджер по продажам / менеджер по закупкам')).toEqual({ skipped: 'ambiguous-title' });
  });
});

describe('Rosstat 57-Т importer', () => {
  const sheet: Sheet = [
    ['Средняя начисленная заработная плата работников по профессиональным группам за октябрь 2025 года, рублей'],
    [null],
    ['Профессиональные группы', 'Код', 'Все работники', 'Мужчины', 'Женщины'],
    ['Всего', null, 99_000, 110_000, 90_000],
    ['Руководители1)', '1', 177_990, 190_000, 160_000],
    ['Специалисты высшего уровня квалификации', null, 120_500.4, 130_000, 110_000],
    ['Агенты по коммерческим продажам', null, 95_000, 100_000, 90_000],
    ['Специалисты среднего уровня квалификации', null, 80_000, 85_000, 75_000],
    ['Примечание: без субъектов малого предпринимательства.', null, null, null, null],
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Содержание']]), '1');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(sheet), '9');
  const read = XLSX.read(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
  const sheets = Object.fromEntries(read.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json<unknown[]>(read.Sheets[n]!, { header: 1, defval: null }) as Sheet]));
  const groupTitles = new Map([
    ['1', 'Руководители'],
    ['2', 'Специалисты высшего уровня квалификации'],
    ['3', 'Специалисты среднего уровня квалификации'],
    ['3322', 'Агенты по коммерческим продажам'],
  ]);

  it('finds the wage table by its title and its October', () => {
    expect(findWageSheet(sheets)).toBe('9');
    expect(periodOfSheet(sheets['9']!)).toBe('2025-10');
  });

  it("gives each role the wage of its most specific group in the bulletin, labelled as the group's", () => {
    const file = importRosstat(wageRows(sheets['9']!), {
      roles: [
        { slug: 'sales-manager', codes: ['3322', '2433'] },
        { slug: 'hr-manager', codes: ['1212', '2423'] },
        { slug: 'finance-manager', codes: ['2413'] },
        { slug: 'nobody', codes: ['9999'] },
      ],
      groupTitles,
      source: 'rosstat-57t-2025',
      period: '2025-10',
      generated: '2026-12-01',
    });
    expect(importedPayFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({ name: 'rosstat-57t-2025.json', measure: 'paid', gross: true });
    expect(file.figures).toEqual([
      { role: 'sales-manager', region: 'russia', statistic: 'average', amount: 95_000, count: 0, period: '2025-10', group: '3322' },
      { role: 'hr-manager', region: 'russia', statistic: 'average', amount: 177_990, count: 0, period: '2025-10', group: '1' },
      { role: 'finance-manager', region: 'russia', statistic: 'average', amount: 120_500, count: 0, period: '2025-10', group: '2' },
    ]);
    expect(file.skipped).toEqual({ 'unknown-group': 1, 'role-without-group': 1 }); // «Всего»; the role with code 9999
  });
});

describe('quartiles', () => {
  it('interpolate between ranks (Excel QUARTILE.INC, R type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe('npm run pay:import', () => {
  it('reads a folder of pages with the real content and writes a checked file where asked', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pay-'));
    const log = execFileSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/pay-import.ts', '--trudvsem', FIXTURES, '--out', out], { encoding: 'utf8' });
    expect(log).toContain('3 page(s) read');
    const written = importedPayFileSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'trudvsem-2026-11.json'), 'utf8')));
    expect(written.figures.find((f) => f.role === 'sales-manager' && f.region === 'moscow')).toMatchObject({ amount: 72_500, count: 12 });
    fs.rmSync(out, { recursive: true });
  }, 60_000);
});
