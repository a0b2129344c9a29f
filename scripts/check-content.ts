// `npm run check`'s content part: reports every problem in every content file, then exits non-zero.
import { contentRoot } from '../src/lib/content-root.ts';
import { checkContent } from '../src/build/validation/check-content.ts';
import { formatProblem } from '../src/build/validation/problem.ts';

const { problems, warnings, entries } = checkContent(contentRoot());
if (warnings.length)
  console.warn(
    `${warnings.map(formatProblem).join('\n')}\n(${warnings.length} passage(s) encore à compléter.)\n`,
  );
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(
    `\n${problems.length} problème(s) dans le contenu. Corrigez-les puis relancez « npm run check ».`,
  );
  process.exit(1);
}
console.log(`Contenu valide : ${entries.length} fichiers vérifiés.`);
