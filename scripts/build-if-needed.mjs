// Runs before `npm start`: builds the site when there is no build yet, or when any source
// (code, content, config) is newer than the last build. A fresh clone builds once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'content', 'public', 'package.json', 'package-lock.json', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs'];

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (built >= changed) {
  console.log('start: the build is up to date');
} else {
  console.log(built ? 'start: sources changed since the last build; building…' : 'start: no build yet; building…');
  execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}
