// npm run content:check — validates content/ and prints every problem, one per line.
import { CONTENT_DIR } from '../lib/content';
import { loadContent } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';

const { index, problems } = loadContent(CONTENT_DIR);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ncontent:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const roles = index!.ru.roles.length;
console.log(`content:check: ok — ${roles} roles in ${Object.keys(index!).length} locales, ${index!.ru.skills.length} skills, ${index!.ru.areas.length} areas, ${index!.ru.studyDirections.length} study directions`);
