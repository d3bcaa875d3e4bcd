// npm run pay:import -- --trudvsem <file-or-folder> [--out <folder>] [--source <id>]
// npm run pay:import -- --rosstat <bulletin.xlsx> [--period 2025-10] [--out <folder>] [--source <id>]
//
// Turns official open data into pay figures the site shows (content/pay/*.json by default,
// where the content loader reads them). See README, "Pay figures".
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { CONTENT_DIR } from '../lib/content';
import { loadContent } from '../lib/content/load';
import { IMPORTED_PAY_DIR, importedPayFileSchema, type ImportedPayFile } from '../lib/content/pay-data';
import { formatProblem } from '../lib/content/problems';
import { readYamlFile } from '../lib/content/read';
import { codesFileSchema, regionsFileSchema } from '../lib/content/schema';
import { findWageSheet, importRosstat, periodOfSheet, wageRows, type Sheet } from '../lib/pay-import/rosstat';
import { importTrudvsem } from '../lib/pay-import/trudvsem';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!;
    if (!key.startsWith('--')) fail(`unexpected argument "${key}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${key} needs a value`);
    out[key.slice(2)] = value;
    i++;
  }
  return out;
}

function fail(message: string): never {
  console.error(`pay:import: ${message}`);
  console.error('usage: npm run pay:import -- --trudvsem <file-or-folder> | --rosstat <bulletin.xlsx> [--period YYYY-10] [--out <folder>] [--source <registry id>]');
  process.exit(1);
}

const opts = args(process.argv.slice(2));
if (!opts.trudvsem === !opts.rosstat) fail('give exactly one of --trudvsem and --rosstat');
const out = path.resolve(opts.out ?? path.join(CONTENT_DIR, IMPORTED_PAY_DIR));
const generated = new Date().toISOString().slice(0, 10);

const { index, problems } = loadContent(CONTENT_DIR);
if (!index) {
  for (const p of problems) console.error(formatProblem(p));
  fail('the content does not load: fix it first (npm run content:check)');
}
const roles = index.ru.roles;

let file: ImportedPayFile;
if (opts.trudvsem) {
  const input = path.resolve(opts.trudvsem);
  const files = fs.statSync(input).isDirectory()
    ? fs.readdirSync(input).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(input, n))
    : [input];
  if (files.length === 0) fail(`no .json pages in ${input}`);
  const pages = files.map((f) => {
    try {
      return JSON.parse(fs.readFileSync(f, 'utf8')) as unknown;
    } catch (error) {
      fail(`${f} is not JSON: ${(error as Error).message}`);
    }
  });
  const regions = regionsFileSchema.parse(readYamlFile(path.join(CONTENT_DIR, 'regions.yaml')));
  file = importTrudvsem(pages, {
    roles: roles.map((r) => ({ slug: r.slug, names: [r.title, ...r.aliases, r.vacancyQuery] })),
    regionByCode: new Map(regions.flatMap((r) => (r.trudvsem ? [[r.trudvsem, r.id] as const] : []))),
    source: opts.source ?? 'trudvsem-open-data',
    generated,
  });
  console.log(`pay:import: ${files.length} page(s) read`);
} else {
  const workbook = XLSX.read(fs.readFileSync(path.resolve(opts.rosstat!)), { type: 'buffer' });
  const sheets = Object.fromEntries(workbook.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[n]!, { header: 1, defval: null }) as Sheet]));
  const sheet = findWageSheet(sheets);
  if (!sheet) fail('no sheet of wages by occupation group (by title, or named «9») in the workbook');
  const period = opts.period ?? periodOfSheet(sheets[sheet]!);
  if (!period || !/^\d{4}-10$/.test(period)) fail('the sheet does not say its October: give --period YYYY-10');
  const codes = codesFileSchema.parse(readYamlFile(path.join(CONTENT_DIR, 'codes.yaml')));
  file = importRosstat(wageRows(sheets[sheet]!), {
    roles: roles.map((r) => ({ slug: r.slug, codes: [...r.codes.occupations].sort((a, b) => Number(b.covers === 'work') - Number(a.covers === 'work')).map((c) => c.code) })),
    groupTitles: new Map([...codes.occupations.map((c) => [c.code, c.okz] as const), ...codes.groups.map((g) => [g.code, g.okz] as const)]),
    source: opts.source ?? `rosstat-57t-${period.slice(0, 4)}`,
    period,
    generated,
  });
  console.log(`pay:import: sheet «${sheet}», ${period}`);
}

importedPayFileSchema.parse(file);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, file.name), `${JSON.stringify(file, null, 2)}\n`);
const skipped = Object.entries(file.skipped).map(([why, n]) => `${n} ${why}`).join(', ');
console.log(`pay:import: ${file.figures.length} figure(s) written to ${path.join(out, file.name)}${skipped ? `; skipped: ${skipped}` : ''}`);
console.log('pay:import: run npm run content:check; the figure source must be in content/sources/*.yaml');
