// Generates a synthetic content tree of N valid roles (real taxonomies, filler text) for
// build-scaling benchmarks: node scripts/generate-content.mjs <out-dir> <count>.
// Never commit its output; point the build at it with CONTENT_DIR=<out-dir>.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const [outDir, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!outDir || !Number.isInteger(count) || count < 4) {
  console.error('usage: node scripts/generate-content.mjs <out-dir> <count ≥ 4>');
  process.exit(2);
}
const src = path.resolve(import.meta.dirname, '..', 'content');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(path.join(outDir, 'roles'), { recursive: true });
for (const f of ['skills.yaml', 'areas.yaml', 'study-directions.yaml', 'codes.yaml']) fs.copyFileSync(path.join(src, f), path.join(outDir, f));

const skills = parse(fs.readFileSync(path.join(src, 'skills.yaml'), 'utf8')).map((s) => s.id);
const areas = parse(fs.readFileSync(path.join(src, 'areas.yaml'), 'utf8')).map((a) => a.id);
const study = parse(fs.readFileSync(path.join(src, 'study-directions.yaml'), 'utf8')).map((s) => s.code);
const isco = parse(fs.readFileSync(path.join(src, 'codes.yaml'), 'utf8')).isco08.map((c) => c.code);
const slug = (i) => `generated-role-${String(i).padStart(4, '0')}`;
const pick = (list, i, n) => Array.from({ length: n }, (_, k) => list[(i * 7 + k * 13) % list.length]);
const unique = (list) => [...new Set(list)];
const words = { ru: 'менеджер планирует работу команды и отвечает за результат перед руководством компании'.split(' '), en: 'the manager plans the team work and answers for the result to the company leadership'.split(' ') };
const filler = (locale, n) => Array.from({ length: n }, (_, k) => words[locale][k % words[locale].length]).join(' ');
const sections = ['overview', 'duties', 'skills', 'kpi', 'education', 'career', 'salary', 'pros-cons', 'related'];
const list = (label, n) => Array.from({ length: n }, (_, k) => `  - ${label} ${k + 1}`).join('\n');

for (let i = 0; i < count; i++) {
  const dir = path.join(outDir, 'roles', slug(i));
  fs.mkdirSync(dir);
  const others = [1, 2, 3].map((d) => slug((i + d) % count));
  const roleSkills = unique(pick(skills, i, 12)).slice(0, 10);
  fs.writeFileSync(path.join(dir, 'role.yaml'), [
    `area: ${areas[i % areas.length]}`,
    'skills:',
    ...roleSkills.map((id, k) => `  - { id: ${id}, weight: ${k < 5 ? 'essential' : 'optional'} }`),
    'related:',
    ...others.map((o) => `  - role: ${o}\n    relation: works-with\n    why: { ru: Работают вместе., en: They work together. }`),
    `career: { from: [${others[0]}], to: [${others[1]}] }`,
    'codes:',
    `  isco08: [{ code: "${isco[i % isco.length]}", confidence: editorial }]`,
    '  profstandard: []',
    `  studyDirections: [${unique(pick(study, i, 2)).map((c) => `"${c}"`).join(', ')}]`,
    'salary: []',
    'sources: ["000_fc866a120cc14835.txt#L9-17"]',
    'reviewed: 2026-11-23',
    '',
  ].join('\n'));
  for (const locale of ['ru', 'en']) {
    const title = locale === 'ru' ? `Сгенерированная роль ${i}` : `Generated role ${i}`;
    const body = sections.map((id) => `## ${id} {#${id}}\n\n${filler(locale, 75)}. [[${others[0]}]].`).join('\n\n');
    fs.writeFileSync(path.join(dir, `${locale}.md`), `---
title: ${title}
aliases: [alias ${i} a, alias ${i} b, alias ${i} c]
summary: ${filler(locale, 20)}.
duties:
${list('Duty', 8)}
kpis:
  - { name: KPI 1, meaning: Meaning., formula: "A ÷ B × 100 %" }
  - { name: KPI 2, meaning: Meaning. }
  - { name: KPI 3, meaning: Meaning. }
ladder:
${list('Step', 3)}
entryRoutes:
  - { kind: university, text: Degree. }
  - { kind: courses, text: Course. }
pros:
${list('Pro', 3)}
cons:
${list('Con', 3)}
faq:
  - { q: Q1?, a: A1. }
  - { q: Q2?, a: A2. }
  - { q: Q3?, a: A3. }
---
${body}
`);
  }
}
console.log(`generated ${count} roles in ${outDir}`);
