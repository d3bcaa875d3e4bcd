// npm run load — a load test on loopback (not a test): `next start` on its own port, then
// autocannon at 50 connections against role pages, search and a 404, DURATION seconds each
// (30 by default). Reports req/s, p50/p99 latency, errors and 5xx. Build first.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

const PORT = Number(process.env.LOAD_PORT ?? 3300);
const DURATION = Number(process.env.DURATION ?? 30);
const CONNECTIONS = 50;
const base = `http://127.0.0.1:${PORT}`;

const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch {} };
process.on('exit', stop);

for (let i = 0; i < 60; i++) {
  try { if ((await fetch(`${base}/`)).ok) break; } catch {}
  await new Promise((r) => setTimeout(r, 500));
}

const roles = (await (await fetch(`${base}/data/roles.json`)).json()).roles.map((r) => r.slug);
const scenarios = [
  ['role pages', roles.flatMap((s) => [`/roles/${s}`, `/en/roles/${s}`]), 200],
  ['search', ['переговоры', 'снабженец', 'kjubcnbrf', 'Excel', 'обучение сотрудников', 'negotiation'].map((q) => `/search?q=${encodeURIComponent(q)}`), 200],
  ['404', ['/roles/no-such-role', '/en/nothing-here', '/skills/juggling'], 404],
];

const rows = [];
for (const [name, paths, expected] of scenarios) {
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: paths.map((path) => ({ method: 'GET', path })) });
  const unexpected = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => Number(code) !== expected).reduce((n, [, v]) => n + v.count, 0);
  const fivexx = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('5')).reduce((n, [, v]) => n + v.count, 0);
  rows.push(`| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${result.errors + result.timeouts} | ${fivexx} | ${unexpected} |`);
}
console.log(`\n${CONNECTIONS} connections, ${DURATION} s per scenario, on ${base}`);
console.log('| scenario | req/s | p50 ms | p99 ms | requests | errors | 5xx | other unexpected status |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
stop();
process.exit(rows.some((r) => !r.endsWith('| 0 | 0 | 0 |')) ? 1 : 0);
