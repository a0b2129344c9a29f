// `npm test`: every test (unit, build, browser) through Vitest, then the plain closing line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
// A file that fails to load counts as a failure even though it ran no test.
const failed =
  result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
const skipped = result.numPendingTests + result.numTodoTests;
console.log(
  `${result.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(run.status === 0 && failed === 0 && result.numPassedTests > 0 ? 0 : 1);
