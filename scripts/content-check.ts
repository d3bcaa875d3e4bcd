// npm run content:check — validates content/ and prints every problem, one per line.
import { CONTENT_DIR } from '../lib/content';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales';

const { index, problems } = loadContent(CONTENT_DIR);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ncontent:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const c = index![DEFAULT_LOCALE];
console.log(
  `content:check: ok — ${c.roles.length} roles in ${LOCALES.length} languages, ${c.skills.length} skills, ${c.tools.length} tools, ${c.kpis.length} KPIs, ` +
    `${c.sources.length} sources, ${c.areas.length} areas, ${c.studyDirections.length} study directions`,
);
