// npm run bench:search — search latency (p50/p95) over the real index and over a synthetic
// index of 5,000 roles, and the index size as JSON, raw and gzipped. A benchmark, not a test.
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, search, type SearchIndex } from '../lib/search/engine';
import { searchableRoles, searchableTopics } from '../lib/search';
import { RELEVANCE_CASES } from '../tests/unit/search-relevance.cases';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(index: SearchIndex, queries: string[]) {
  for (const q of queries) search(index, q); // warm up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      search(index, q);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { queries: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]! };
}

function size(index: SearchIndex) {
  const json = JSON.stringify({
    roles: index.roles.map((d) => ({ slug: d.item.slug, fields: d.fields.map((f) => [f.kind, f.text, [...f.stems]]) })),
    topics: index.topics.map((d) => ({ id: d.item.id, fields: d.fields.map((f) => [f.text, [...f.stems]]) })),
    roleStems: [...index.roleStems],
    topicStems: [...index.topicStems],
  });
  return { rawKB: json.length / 1024, gzipKB: gzipSync(json).length / 1024 };
}

const rows: string[] = [];
for (const locale of ['ru', 'en'] as const) {
  const skills = searchableTopics(locale);
  const queries = RELEVANCE_CASES.filter(([l]) => l === locale).map(([, q]) => q);
  const real = searchableRoles(locale);
  let t0 = Date.now();
  const realIndex = buildSearchIndex(locale, real, skills);
  const realBuild = Date.now() - t0;
  // 5,000 roles: the real ones repeated with numbered titles and shuffled duties, so the
  // vocabulary grows as it would with more distinct roles.
  const synthetic = Array.from({ length: 5000 }, (_, i) => {
    const base = real[i % real.length]!;
    return { ...base, slug: `${base.slug}-${i}`, title: `${base.title} ${i}`, aliases: base.aliases.map((a) => `${a} ${i % 97}`), duties: [...base.duties].reverse() };
  });
  t0 = Date.now();
  const bigIndex = buildSearchIndex(locale, synthetic, skills);
  const bigBuild = Date.now() - t0;
  for (const [name, index, build] of [[`${locale}: real (${real.length} roles)`, realIndex, realBuild], [`${locale}: synthetic (5,000 roles)`, bigIndex, bigBuild]] as const) {
    const m = measure(index, queries);
    const s = size(index);
    rows.push(`| ${name} | ${m.queries} | ${m.p50.toFixed(3)} | ${m.p95.toFixed(3)} | ${m.max.toFixed(2)} | ${build} | ${s.rawKB.toFixed(0)} | ${s.gzipKB.toFixed(0)} |`);
  }
}
console.log('| index | queries timed | p50 ms | p95 ms | max ms | build ms | index JSON kB | gzip kB |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
