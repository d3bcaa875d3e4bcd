// npm test: every check the project has, in the order a failure is cheapest to find.
// Stops at the first failing step; ends with one summary line of the tests that ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mrg-test-'));
const vitestJson = path.join(tmp, 'vitest.json');
const playwrightJson = path.join(tmp, 'playwright.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PW_JSON: playwrightJson };

const steps = [
  // Route types for the routes that exist now: a .next/types left by an older build would
  // name deleted pages, and a fresh clone would have none to check the routes against.
  ['route types', 'npx', ['next', 'typegen']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['content check', 'npx', ['tsx', 'scripts/content-check.ts']],
  ['unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]],
  ['production build', 'npx', ['next', 'build']],
  ['system Chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['Java for the HTML checker', 'node', ['scripts/ensure-java.mjs']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const started = Date.now();
let failedStep;
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const capture = name === 'production build';
  const run = spawnSync(cmd, args, { cwd: root, env, stdio: capture ? ['inherit', 'pipe', 'pipe'] : 'inherit', maxBuffer: 64 << 20 });
  if (capture) {
    const output = `${run.stdout}${run.stderr}`;
    process.stdout.write(output);
    // next/og fetches missing glyphs from Google Fonts; a build must never download anything.
    if (/Failed to load dynamic font|fonts\.googleapis\.com/.test(output)) {
      console.error('✖ the build tried to download a font: a glyph is missing from the bundled fonts');
      run.status = 1;
    }
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`);
    failedStep = name;
    break;
  }
  console.log(`✔ ${name} (${seconds}s)`);
}

function counts(file, read) {
  try {
    return read(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}
const unit = counts(vitestJson, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
const browser = counts(playwrightJson, (j) => ({ passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky }));
fs.rmSync(tmp, { recursive: true, force: true });

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`browser: ${browser.passed} passed, ${browser.failed} failed`);
console.log(failedStep ? `npm test: FAILED at "${failedStep}" after ${minutes} min` : `npm test: all steps passed in ${minutes} min`);
console.log(`tests: ${unit.passed + browser.passed} passed, ${unit.failed + browser.failed + (failedStep ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
