// Runs before `npm start`: builds the site when there is no build yet, when any file that goes
// into the build is newer than it (code, pages, content, config, proxy, tsconfig…: everything
// in the project except the folders below), or when SITE_URL differs from the one the build
// used (it is written into pages, QR codes and the sitemap). A fresh clone builds once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, process.env.NEXT_DIST_DIR ?? '.next');
const buildId = path.join(dist, 'BUILD_ID');
const stamp = path.join(dist, 'built-for.json');
/** Not inputs of the build: dependencies, outputs, tests, benchmarks, tool state. */
const IGNORED = new Set(['node_modules', '.next', '.git', 'tests', 'bench', 'test-results', 'playwright-report', '.acceptance', '.ci', 'research', 'coverage', '.vscode', '.idea']);

function newestMtime(entry) {
  const stat = fs.lstatSync(entry, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(0, ...fs.readdirSync(root).filter((name) => !IGNORED.has(name) && !name.startsWith('.next')).map((name) => newestMtime(path.join(root, name))));
const siteUrl = process.env.SITE_URL ?? '';
const builtFor = fs.existsSync(stamp) ? JSON.parse(fs.readFileSync(stamp, 'utf8')).siteUrl : undefined;

const reason = !built ? 'no build yet' : changed > built ? 'sources changed since the last build' : builtFor !== undefined && builtFor !== siteUrl ? `SITE_URL changed (${builtFor || 'unset'} → ${siteUrl || 'unset'})` : undefined;
if (!reason) {
  console.log('start: the build is up to date');
} else {
  console.log(`start: ${reason}; building…`);
  execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  fs.writeFileSync(stamp, JSON.stringify({ siteUrl }));
}
