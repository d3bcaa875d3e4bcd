// npm run load — a load test on loopback (not a test): `next start` on its own port, then
// autocannon at 50 connections against each kind of page, DURATION seconds each (30 by
// default), then a mixed run of normal and hostile requests for MIXED seconds (300 by default)
// with the server's memory before and after. Build first.
//
// It fails (exit 1) on any 5xx or unexpected status, when a per-request page serves less than
// half the role page's rate or has more than twice its p99 latency, or when the server's
// memory after the mixed run is more than 1.5× what it was before it.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const PORT = Number(process.env.LOAD_PORT ?? 3300);
const DURATION = Number(process.env.DURATION ?? 30);
const MIXED = Number(process.env.MIXED ?? 300);
const CONNECTIONS = 50;
const base = `http://127.0.0.1:${PORT}`;

// The server's own output goes to a file, to look at when a run fails (stack traces, errors).
const LOG = process.env.LOAD_LOG ?? path.join(os.tmpdir(), 'manager-roles-load-server.log');
const log = fs.openSync(LOG, 'w');
const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', log, log], detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);

for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}

/** Resident memory of the server's process group, in MB. */
function memoryMB() {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(server.pid)], { encoding: 'utf8' });
  return Math.round(out.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024);
}

const roles = (await (await fetch(`${base}/data/roles.json`)).json()).roles.map((r) => r.slug);
const quiz = await fetch(`${base}/quiz?${new URLSearchParams([['x', '1']])}`); // warm the quiz route
await quiz.text();
const quizAnswers = (await (await fetch(`${base}/quiz`)).text()).match(/name="([a-z-]+)" value="1"/g)?.length ?? 30;
const answers = (seed) => Array.from({ length: quizAnswers }, (_, i) => ((i * 7 + seed) % 5) + 1).join('');

const queries = ['переговоры', 'снабженец', 'kjubcnbrf', 'Excel', 'обучение сотрудников', 'negotiation', 'перегов', '38.03.02', 'amoCRM', 'торговое дело'];
const skills = ['negotiation', 'recruitment', 'interviewing', 'excel', 'crm-systems', 'budgeting', 'data-analysis', 'project-management-tools'];
const scenarios = [
  ['role pages', roles.flatMap((s) => [`/roles/${s}`, `/en/roles/${s}`]), [200]],
  ['search', queries.flatMap((q) => [`/search?q=${encodeURIComponent(q)}`, `/api/search?lang=ru&q=${encodeURIComponent(q)}`]), [200]],
  ['matcher', skills.map((s, i) => `/match?${skills.slice(i, i + 3).map((x) => `skills=${x}`).join('&')}`), [200]],
  ['compare', roles.map((s, i) => `/compare?roles=${s},${roles[(i + 1) % roles.length]},${roles[(i + 5) % roles.length]}`), [200]],
  ['quiz result', [1, 2, 3, 4, 5, 6].map((seed) => `/quiz?v=1&a=${answers(seed)}`), [200]],
  ['404', ['/roles/no-such-role', '/en/nothing-here', '/skills/juggling', '/study/99.99.99'], [404]],
  ['QR', roles.map((s) => `/api/qr?page=roles/${s}`), [200]],
];
// Hostile requests mixed in: each answered with a 4xx, never a 5xx.
const hostile = [
  { method: 'TRACE', path: '/' },
  { method: 'DELETE', path: '/roles/sales-manager' },
  { method: 'GET', path: '/search?q=' + encodeURIComponent('<script>alert(1)</script>'.repeat(40)) },
  { method: 'GET', path: '/api/qr?page=roles/hr-manager&utm_source=' + encodeURIComponent('я'.repeat(200)) },
  { method: 'GET', path: '/quiz?v=1&a=' + '9'.repeat(500) },
  { method: 'GET', path: '/roles/%2e%2e%2f%2e%2e%2fetc%2fpasswd' },
  { method: 'GET', path: '/compare?roles=' + 'x,'.repeat(500) },
];

const statusOf = (result, ok) => {
  const stats = Object.entries(result.statusCodeStats ?? {});
  return {
    fivexx: stats.filter(([code]) => code.startsWith('5')).reduce((n, [, v]) => n + v.count, 0),
    unexpected: stats.filter(([code]) => !ok(Number(code))).reduce((n, [, v]) => n + v.count, 0),
  };
};

const rows = [];
const measured = {};
let failed = false;
for (const [name, paths, expected] of scenarios) {
  // Warm up first (JIT, caches, lazy route loading): the table reports the steady state.
  await autocannon({ url: base, connections: CONNECTIONS, duration: Math.min(5, DURATION), requests: paths.map((path) => ({ method: 'GET', path })) });
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: paths.map((path) => ({ method: 'GET', path })) });
  const { fivexx, unexpected } = statusOf(result, (code) => expected.includes(code));
  measured[name] = { rate: result.requests.average, p99: result.latency.p99 };
  if (fivexx || unexpected || result.errors || result.timeouts) failed = true;
  rows.push([name, result.requests.average.toFixed(0), result.latency.p50, result.latency.p99, result.requests.total, result.errors + result.timeouts, fivexx, unexpected]);
}
const floor = measured['role pages'];
const verdict = (name) => {
  if (name === 'role pages') return 'baseline';
  const { rate, p99 } = measured[name];
  const ok = rate >= floor.rate / 2 && p99 <= Math.max(floor.p99 * 2, floor.p99 + 5);
  if (!ok) failed = true;
  return `${Math.round((100 * rate) / floor.rate)} % rate, ${(p99 / Math.max(floor.p99, 1)).toFixed(1)}× p99 ${ok ? 'ok' : 'TOO SLOW'}`;
};
console.log(`\n${CONNECTIONS} connections, ${DURATION} s per scenario, on ${base}`);
console.log('| scenario | req/s | p50 ms | p99 ms | requests | errors | 5xx | other unexpected status | against role pages |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} | ${verdict(r[0])} |`);

// The mixed run: every kind of page and the hostile requests together.
const before = memoryMB();
const mixed = await autocannon({
  url: base,
  connections: CONNECTIONS,
  duration: MIXED,
  requests: [...scenarios.flatMap(([, paths]) => paths.map((path) => ({ method: 'GET', path }))), ...hostile],
});
const after = memoryMB();
const mixedStatus = statusOf(mixed, (code) => code < 500);
if (mixedStatus.fivexx || mixed.errors || mixed.timeouts) failed = true;
if (after > before * 1.5) failed = true;
console.log(`\nmixed run, ${MIXED} s: ${mixed.requests.average.toFixed(0)} req/s, p99 ${mixed.latency.p99} ms, ${mixed.requests.total} requests, ${mixedStatus.fivexx} 5xx, ${mixed.errors + mixed.timeouts} errors`);
console.log(`server memory: ${before} MB before, ${after} MB after (${after > before * 1.5 ? 'GREW' : 'flat'})`);
const stacks = fs.readFileSync(LOG, 'utf8').split('\n').filter((l) => /^\s+at /.test(l)).length;
if (stacks) failed = true;
console.log(`server log (${LOG}): ${stacks} stack-trace lines`);
stop();
process.exit(failed ? 1 : 0);
