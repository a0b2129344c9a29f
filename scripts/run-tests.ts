// `npm test`: the programs the tests need (installed, or one line saying how), then every test
// (unit, build, browser, validators) through Vitest, then the plain closing line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureTestTools } from './setup-test-tools.ts';

const missingTools = ensureTestTools();
if (missingTools) {
  console.error(missingTools);
  process.exit(1);
}

const report = 'tests/.tmp/vitest-report.json';
mkdirSync('tests/.tmp', { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
// A file that fails to load counts as a failure even though it ran no test; so does a test that
// did not run (its set-up failed, or it was marked to be skipped): nothing is skipped silently.
const notRun = result.numPendingTests + result.numTodoTests;
const failed =
  result.numFailedTests +
  notRun +
  (result.numFailedTests + notRun === 0 ? result.numFailedTestSuites : 0);
if (notRun)
  console.log(
    `${notRun} tests n’ont pas été lancés (leur préparation a échoué, ou ils étaient marqués pour être sautés) : comptés comme échoués.`,
  );
console.log(`${result.numPassedTests} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && result.numPassedTests > 0 ? 0 : 1);
