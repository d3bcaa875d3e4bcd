// Every kind of page is valid HTML according to the W3C Nu HTML checker (vnu-jar, Java).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';

const PAGES = ['/', '/roles', '/roles/hr-manager', '/skills', '/skills/negotiation', '/study', '/study/38.03.02', '/map', '/compare?roles=sales-manager,account-manager', '/search?q=переговоры', '/match?skills=negotiation', '/for-admissions', '/roles/hr-manager/print', '/embed/roles/hr-manager', '/no-such-page'];

test('pages of every kind are valid HTML (W3C Nu checker)', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  for (const [i, page] of PAGES.flatMap((p) => [p, p === '/' ? '/en' : `/en${p}`]).entries()) {
    fs.writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.html`), `<!-- ${page} -->\n` + (await (await request.get(page)).text()));
  }
  let output = '';
  try {
    execFileSync('java', ['-jar', vnu as unknown as string, '--errors-only', '--format', 'gnu', '--skip-non-html', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  expect(output.split('\n').filter(Boolean)).toEqual([]);
});
