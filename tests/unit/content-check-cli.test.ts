// npm run content:check as editors and CI run it: bad content exits 1 with file, field and a
// readable message, never a stack trace or a hang, whatever the file holds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/content';
import { loadContent } from '@/lib/content/load';

const VALID = path.join(__dirname, '..', 'fixtures', 'content', 'valid');
const ALPHA = 'roles/alpha-manager';

function check(edit: (root: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cli-'));
  fs.cpSync(VALID, root, { recursive: true });
  edit(root);
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8', timeout: 60_000 });
  fs.rmSync(root, { recursive: true, force: true });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, ms: Date.now() - started };
}

describe('npm run content:check on bad content', () => {
  const cases: [string, (root: string) => void, RegExp][] = [
    ['deeply nested YAML', (r) => fs.writeFileSync(path.join(r, ALPHA, 'role.yaml'), `${Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`), /role\.yaml: YAML nests \d+ levels deep/],
    ['deeply nested Markdown', (r) => fs.appendFileSync(path.join(r, ALPHA, 'ru.md'), `\n${'> '.repeat(20000)}текст\n`), /ru\.md: Markdown nests \d+ levels deep/],
    ['a file that is not UTF-8', (r) => fs.writeFileSync(path.join(r, ALPHA, 'en.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])), /en\.md: not valid UTF-8/],
    ['a symlinked file', (r) => { fs.rmSync(path.join(r, ALPHA, 'en.md')); fs.symlinkSync('/etc/hostname', path.join(r, ALPHA, 'en.md')); }, /en\.md: symbolic links are not followed/],
    ['an undefined YAML alias', (r) => fs.appendFileSync(path.join(r, 'areas.yaml'), '- *nowhere\n'), /areas\.yaml: .*alias \(\*name\) refers to an anchor/],
  ];
  it.each(cases)('%s: exit 1, a clear message, no stack, in seconds', (_name, edit, message) => {
    const { status, stderr, ms } = check(edit);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('checks the real content, prints ok and exits 0; the loader itself takes under 10 seconds', () => {
    const run = spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/content-check.ts'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^content:check: ok/m);
    const started = performance.now();
    expect(loadContent(CONTENT_DIR).problems).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
