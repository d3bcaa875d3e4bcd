// Generates a content tree of N valid roles for build-scaling benchmarks:
//   node scripts/generate-content.mjs <out-dir> <count ≥ 17>
// The tree is the real content plus copies of the real roles (cycled) under new slugs and
// titles, so it follows the current schema by construction: a schema change cannot leave the
// generator behind. Never commit its output; point the build at it with CONTENT_DIR=<out-dir>.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const [outDir, countArg] = process.argv.slice(2);
const src = path.resolve(import.meta.dirname, '..', 'content');
const realSlugs = fs.readdirSync(path.join(src, 'roles')).filter((s) => fs.statSync(path.join(src, 'roles', s)).isDirectory()).sort();
const count = Number(countArg);
if (!outDir || !Number.isInteger(count) || count < realSlugs.length) {
  console.error(`usage: node scripts/generate-content.mjs <out-dir> <count ≥ ${realSlugs.length}>`);
  process.exit(2);
}
fs.rmSync(outDir, { recursive: true, force: true });
fs.cpSync(src, outDir, { recursive: true });

const slug = (i) => `generated-role-${String(i).padStart(4, '0')}`;
const quizFile = path.join(outDir, 'quiz.yaml');
const quiz = parseDocument(fs.readFileSync(quizFile, 'utf8'));
const profiles = quiz.get('profiles');
const profileOf = new Map(profiles.items.map((p) => [p.get('role'), p]));

/** Front matter: a new title (titles must be unique per language) and aliases of its own. */
function retitle(file, i) {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  const doc = parseDocument(text.slice(4, end));
  doc.set('title', `${doc.get('title')} ${i}`);
  doc.set('aliases', [`alias ${i} a`, `alias ${i} b`, `alias ${i} c`]);
  fs.writeFileSync(file, `---\n${doc.toString()}${text.slice(end + 1)}`);
}

/** Every role must be linked from two others: each copy from the two before it in a ring of
 * copies, or from two real roles when there are fewer than three copies. */
const copies = count - realSlugs.length;
const linkers = (i) =>
  copies >= 3
    ? [1, 2].map((d) => path.join(outDir, 'roles', slug(realSlugs.length + ((i - realSlugs.length - d + copies) % copies))))
    : [0, 1].map((d) => path.join(outDir, 'roles', realSlugs[(i + d) % realSlugs.length]));

/** A copy's quiz profile on one line, without the editorial note and to one decimal: 1,000
 * roles must keep quiz.yaml under the content check's file-size limit (256 kB). */
function compactCopy(profile, role) {
  const round = (map) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  const { onet, interests, activities } = profile.toJSON();
  const node = quiz.createNode({ role, onet, interests: round(interests), activities: round(activities) });
  node.flow = true;
  return node;
}

for (let i = realSlugs.length; i < count; i++) {
  const from = realSlugs[i % realSlugs.length];
  const dir = path.join(outDir, 'roles', slug(i));
  fs.cpSync(path.join(src, 'roles', from), dir, { recursive: true });
  for (const locale of ['ru', 'en']) retitle(path.join(dir, `${locale}.md`), i);
  profiles.items.push(compactCopy(profileOf.get(from), slug(i)));
}
for (let i = realSlugs.length; i < count; i++) {
  for (const linker of linkers(i)) {
    for (const locale of ['ru', 'en']) fs.appendFileSync(path.join(linker, `${locale}.md`), `\n[[${slug(i)}]]\n`);
  }
}
fs.writeFileSync(quizFile, quiz.toString({ lineWidth: 0, flowCollectionPadding: false }));
console.log(`generated ${count} roles (${count - realSlugs.length} copies) in ${outDir}`);
