// The benchmark's build-scaling step builds generated content trees; a generator that falls
// behind the schema makes `npm run bench` fail (it did once, after the codes were restructured).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

it.each([18, 24])('a generated tree of %i roles passes the content check', (count) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'));
  try {
    execFileSync(process.execPath, ['scripts/generate-content.mjs', dir, String(count)], { stdio: 'ignore' });
    const { index, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(index?.ru.roles).toHaveLength(count);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
