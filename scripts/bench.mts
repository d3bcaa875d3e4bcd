// npm run bench — how close the site is to the fastest possible version of itself.
// Writes bench/RESULTS.md. Not a test: numbers vary with the machine; run after a build.
//   BENCH_RUNS=3 (Lighthouse runs per page, median reported)
//   BENCH_SCALES=17,200,1000 (generated roles for build scaling; 0 to skip)
//   BENCH_SKIP=lighthouse,build (comma list of parts to skip)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { getRole } from '../lib/content/index.ts';
import { renderMarkdown } from '../lib/content/markdown.ts';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const SCALES = (process.env.BENCH_SCALES ?? '17,200,1000').split(',').map(Number).filter((n) => n > 0);
const SITE_PORT = 3400;
const FLOOR_PORT = 3401;
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}`;
const out: string[] = [];
const log = (line = '') => {
  out.push(line);
  console.log(line);
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// --- the floor: remark alone, the site's CSS and fonts, no JavaScript ---------------------
function buildFloor(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'roles'), { recursive: true });
  const next = path.join(root, '.next', 'static');
  const cssFile = fs.readdirSync(path.join(next, 'chunks')).find((f) => f.endsWith('.css'))!;
  fs.mkdirSync(path.join(dir, '_next', 'static', 'chunks'), { recursive: true });
  fs.copyFileSync(path.join(next, 'chunks', cssFile), path.join(dir, '_next', 'static', 'chunks', cssFile));
  fs.cpSync(path.join(next, 'media'), path.join(dir, '_next', 'static', 'media'), { recursive: true });
  const role = getRole('ru', 'sales-manager')!;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const body = [
    `<h1>${escape(role.title)}</h1><p>${escape(role.summary)}</p>`,
    ...role.sections.map((s) => `<section id="${s.id}"><h2>${escape(s.heading)}</h2>${s.html}${s.id === 'duties' ? list(role.duties) : ''}${s.id === 'skills' ? list(role.skills.map((k) => k.skill.label)) : ''}${s.id === 'kpi' ? list(role.kpis.map((k) => `${k.name}: ${k.formula ?? k.meaning}`)) : ''}${s.id === 'pros-cons' ? list([...role.pros, ...role.cons]) : ''}</section>`),
    `<section id="faq">${role.faq.map((f) => `<h3>${escape(f.q)}</h3><p>${escape(f.a)}</p>`).join('')}</section>`,
  ].join('\n');
  void renderMarkdown; // the sections above were rendered by remark in the content pipeline
  const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(role.title)}</title><meta name="description" content="${escape(role.summary)}"><link rel="stylesheet" href="/_next/static/chunks/${cssFile}"></head><body><main id="main" class="mx-auto max-w-6xl px-4 pb-16 pt-6"><article class="prose max-w-prose">${body}</article></main></body></html>`;
  fs.writeFileSync(path.join(dir, 'roles', 'sales-manager.html'), html);
  // The same compression as next start (gzip), precompressed for the static server.
  for (const file of walk(dir)) fs.writeFileSync(`${file}.gz`, gzipSync(fs.readFileSync(file)));
}

function escape(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// --- servers -------------------------------------------------------------------------------
async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not start`);
}

function startSite(distDir = '.next', env: Record<string, string> = {}): ChildProcess {
  return spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(SITE_PORT)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    stdio: 'ignore',
    detached: true,
  });
}
const stop = (p: ChildProcess) => {
  try {
    process.kill(-p.pid!, 'SIGTERM');
  } catch {}
};

// --- page weight ---------------------------------------------------------------------------
/** Strings only our client components contain: the chunks holding them are "our" JavaScript. */
// Markers that only our own scripts contain (enhance.js; the instant-search and skill-filter chunk).
const OUR_CODE = ['data-copy-link', 'data-language-switch', 'data-instant-results', 'data-skill-option'];
const ownScripts = new Map<string, { url: string; gzip: number }[]>();
type Weight = Record<'html' | 'css' | 'js' | 'font' | 'image' | 'other', { raw: number; gzip: number; br: number }>;
async function pageWeight(url: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  const bodies: { type: string; body: Buffer; url: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => void bodies.push({ type: r.request().resourceType(), body, url: r.url() }),
        () => undefined, // redirects have no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending); // read every body before the browser goes away
  await browser.close();
  const w = Object.fromEntries(['html', 'css', 'js', 'font', 'image', 'other'].map((k) => [k, { raw: 0, gzip: 0, br: 0 }])) as Weight;
  ownScripts.set(url, bodies.filter((b) => b.type === 'script' && OUR_CODE.some((m) => b.body.includes(m))).map((b) => ({ url: b.url, gzip: gzipSync(b.body, { level: 6 }).length })));
  for (const { type, body } of bodies) {
    const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : type === 'image' ? 'image' : 'other';
    w[key].raw += body.length;
    w[key].gzip += gzipSync(body, { level: 6 }).length;
    w[key].br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return w;
}

// --- Lighthouse ----------------------------------------------------------------------------
type LighthouseRun = { perf: number; a11y: number; bp: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number };
/** RUNS Lighthouse runs, each in a fresh Chromium; a run that returns no score (Lighthouse
 *  sometimes fails to read its own trace) is repeated, at most RUNS extra times. */
async function lighthouseMedian(url: string) {
  const runs: LighthouseRun[] = [];
  for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result!.lhr;
      const score = (id: string) => lhr.categories[id]?.score;
      const value = (id: string) => lhr.audits[id]?.numericValue;
      const run = {
        perf: score('performance'),
        a11y: score('accessibility'),
        bp: score('best-practices'),
        seo: score('seo'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      };
      if (Object.values(run).every((v) => typeof v === 'number')) runs.push(run as LighthouseRun);
    } finally {
      chrome.kill();
    }
  }
  if (!runs.length) throw new Error(`Lighthouse gave no score for ${url}`);
  const m = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]));
  const perfs = runs.map((r) => r.perf);
  return { perf: m('perf'), perfMin: Math.min(...perfs), perfMax: Math.max(...perfs), a11y: m('a11y'), bp: m('bp'), seo: m('seo'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls') };
}

async function throughput(url: string) {
  await autocannon({ url, connections: 50, duration: 3 }); // warm-up, not measured: a cold server's first requests are not its speed
  const r = await autocannon({ url, connections: 50, duration: 10 });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

// --- main ----------------------------------------------------------------------------------
async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  const floorDir = path.join(root, 'bench', 'tmp', 'floor');
  buildFloor(floorDir);
  const serve = sirv(floorDir, { gzip: true, dev: false, extensions: ['html'] });
  const floorServer = http.createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); })).listen(FLOOR_PORT, '127.0.0.1');
  const site = startSite();
  await waitFor(`${SITE}/`);

  log('# Benchmark results');
  log();
  log(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Chromium at ${CHROMIUM}. Produced by \`npm run bench\`; numbers vary between runs and machines.`);
  log();
  // Every kind of page, both languages represented; `lighthouse` marks the ones Lighthouse runs on.
  const pages: [string, string, boolean?][] = [
    ['home', `${SITE}/`, true],
    ['home (English)', `${SITE}/en`],
    ['roles index', `${SITE}/roles`],
    ['role (sales-manager)', `${SITE}/roles/sales-manager`, true],
    ['skills', `${SITE}/skills`, true],
    ['a skill', `${SITE}/skills/negotiation`],
    ['tools', `${SITE}/tools`],
    ['KPI glossary', `${SITE}/kpis`],
    ['study directions', `${SITE}/study`],
    ['a study direction', `${SITE}/study/38.03.02`],
    ['compare', `${SITE}/compare?roles=sales-manager,account-manager`, true],
    ['map', `${SITE}/map`],
    ['search', `${SITE}/search?q=${encodeURIComponent('переговоры')}`, true],
    ['skill matcher', `${SITE}/match?skills=negotiation&skills=crm-systems`, true],
    ['quiz', `${SITE}/quiz`, true],
    ['for admissions', `${SITE}/for-admissions`],
    ['about', `${SITE}/about`],
    ['handout (print page)', `${SITE}/roles/sales-manager/print`],
    ['404', `${SITE}/roles/no-such-role`],
    ['floor: role, remark only', `${FLOOR}/roles/sales-manager`, true],
  ];

  log('## Page weight (bytes a browser downloads, compressed as gzip and as brotli q11)');
  log();
  log('| page | HTML gz | CSS gz | JS gz | fonts | images | total gz kB | total br kB | × floor (gz) |');
  log('|---|---|---|---|---|---|---|---|---|');
  const weights = new Map<string, Weight>();
  for (const [name, url] of pages) weights.set(name, await pageWeight(url));
  const total = (w: Weight, k: 'gzip' | 'br') => Object.values(w).reduce((n, x) => n + x[k], 0);
  const floorTotal = total(weights.get('floor: role, remark only')!, 'gzip');
  for (const [name] of pages) {
    const w = weights.get(name)!;
    log(`| ${name} | ${kb(w.html.gzip)} | ${kb(w.css.gzip)} | ${kb(w.js.gzip)} | ${kb(w.font.raw)} | ${kb(w.image.raw)} | ${kb(total(w, 'gzip'))} | ${kb(total(w, 'br'))} | ${(total(w, 'gzip') / floorTotal).toFixed(2)} |`);
  }
  const ownJs = (url: string) => (ownScripts.get(url) ?? []).reduce((n, s) => n + s.gzip, 0);
  const runtime = pages.map(([name, url]) => weights.get(name)!.js.gzip - ownJs(url));
  const own = pages.map(([, url]) => ownJs(url));
  log();
  log(`Framework JavaScript: at most ${kb(Math.max(...runtime))} kB gzip on any page kind (every page is a Pages Router page with \`unstable_runtimeJS: false\`). Our own JavaScript (public/enhance.js): at most ${kb(Math.max(...own))} kB gzip.`);
  log('Fonts and images are WOFF2/PNG/SVG, already compressed: their raw size is shown. "Total" includes everything else the page fetched (RSC requests, the favicon).');
  log();

  if (!SKIP.has('lighthouse')) {
    log(`## Lighthouse 12, mobile emulation (median of ${RUNS} runs)`);
    log();
    log('| page | performance (range) | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |');
    log('|---|---|---|---|---|---|---|---|---|');
    for (const [name, url] of pages.filter(([, , lighthouse]) => lighthouse)) {
      const r = await lighthouseMedian(url);
      log(`| ${name} | ${r.perf.toFixed(2)} (${r.perfMin.toFixed(2)}–${r.perfMax.toFixed(2)}) | ${r.a11y.toFixed(2)} | ${r.bp.toFixed(2)} | ${r.seo.toFixed(2)} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} |`);
    }
    log();
  }

  log('## Server: role page under load (50 connections, 10 s after a 3 s warm-up, loopback)');
  log();
  log('| server | req/s | p99 ms | errors or non-2xx |');
  log('|---|---|---|---|');
  for (const [name, url] of [['next start', `${SITE}/roles/sales-manager`], ['floor (sirv, static)', `${FLOOR}/roles/sales-manager`]] as const) {
    const r = await throughput(url);
    log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.errors} |`);
  }
  log();
  stop(site);
  floorServer.close();

  if (!SKIP.has('build') && SCALES.length) {
    log('## Build scaling (generated roles, in a temporary folder, never committed)');
    log();
    log('| roles | pages built | content check s | next build s | build ms per page |');
    log('|---|---|---|---|---|');
    for (const n of SCALES) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mrg-${n}-`));
      execFileSync('node', ['scripts/generate-content.mjs', dir, String(n)], { cwd: root, stdio: 'ignore' });
      const env = { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: `bench/tmp/next-${n}`, NEXT_TELEMETRY_DISABLED: '1' };
      let t0 = Date.now();
      execFileSync('npx', ['tsx', 'scripts/content-check.ts'], { cwd: root, env, stdio: 'ignore' });
      const check = (Date.now() - t0) / 1000;
      t0 = Date.now();
      // next build adds its distDir's type folders to tsconfig.json's "include"; this build is
      // temporary, so the file is put back as it was.
      const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
      let output: string;
      try {
        output = execFileSync('npx', ['next', 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20 });
      } finally {
        fs.writeFileSync(path.join(root, 'tsconfig.json'), tsconfig);
      }
      const build = (Date.now() - t0) / 1000;
      const built = Number(/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(output.split('\n').reverse().join('\n'))?.[2] ?? 0);
      log(`| ${n} | ${built} | ${check.toFixed(1)} | ${build.toFixed(1)} | ${built ? ((build * 1000) / built).toFixed(1) : '—'} |`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.join(root, `bench/tmp/next-${n}`), { recursive: true, force: true });
    }
    log();
  }

  if (!SKIP.has('search')) {
    log('## Search (npm run bench:search)');
    log();
    const table = execFileSync('npx', ['tsx', 'scripts/bench-search.ts'], { cwd: root, encoding: 'utf8' });
    for (const line of table.split('\n').filter((l) => l.startsWith('|'))) log(line);
    log();
  }
  return out;
}

const lines = await main();
const file = path.join(root, 'bench', 'RESULTS.md');
const [before = '', notes = ''] = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('<!-- measured -->') : [];

/** A results text cut at its "## " headings: the part before the first, then each section. */
const sectionsOf = (text: string) => text.split(/^(?=## )/m);
// A part skipped in this run keeps its section from the run before, saying so.
const measured = sectionsOf(lines.join('\n'));
const earlier = /Measured (\d{4}-\d{2}-\d{2})/.exec(before)?.[1] ?? 'an earlier run';
/** A section's name: its heading without the details in brackets or after a colon, which change. */
const nameOf = (section: string) => section.split('\n')[0]!.split(/[(:]/)[0]!.trim();
const headings = new Set(measured.map(nameOf));
const NOT_MEASURED = 'Not measured in this run (BENCH_SKIP)';
const kept = sectionsOf(before)
  .slice(1)
  .filter((s) => !headings.has(nameOf(s)))
  // A section carried over twice already names the run it comes from.
  .map((s) => (s.includes(NOT_MEASURED) ? s : s.replace('\n', `\n\n${NOT_MEASURED}: from the run of ${earlier}.\n`)));
fs.writeFileSync(file, `${[...measured, ...kept].map((section) => `${section.trimEnd()}\n\n`).join('')}<!-- measured -->${notes}`);
console.log(`\nwrote ${path.relative(root, file)}`);
process.exit(0);
