// The programs `npm test` needs beyond npm's packages (tests/support/tools.ts): installed from
// Debian when it runs as root where apt-get is available, otherwise one French line saying the
// exact command to run. `npm test` calls it before any test; `node scripts/setup-test-tools.ts`
// runs it alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { andList } from '../src/lib/format.ts';
import { findTool, testToolNames, testTools, type TestTool } from '../tests/support/tools.ts';

export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; message: string };

export interface Machine {
  isRoot: boolean;
  hasAptGet: boolean;
}

const packagesOf = (missing: readonly TestTool[]) => missing.map((tool) => testTools[tool].package);

/** What to do about the missing tools on this machine: nothing, install them, or stop and say how. */
export function planSetup(missing: readonly TestTool[], machine: Machine): SetupPlan {
  if (missing.length === 0) return { action: 'none' };
  const packages = packagesOf(missing);
  if (machine.isRoot && machine.hasAptGet) return { action: 'install', packages };
  return { action: 'stop', message: missingToolsLine(missing, machine) };
}

/** The one line `npm test` prints when it cannot install what is missing itself. */
export function missingToolsLine(missing: readonly TestTool[], machine: Machine): string {
  const packages = packagesOf(missing);
  const what = `Il manque ${andList(missing)}`;
  if (machine.hasAptGet) {
    const sudo = machine.isRoot ? '' : 'sudo ';
    return `${what} : lancez « ${sudo}apt-get install ${packages.join(' ')} » puis relancez npm test.`;
  }
  return `${what} : installez ${packages.length > 1 ? 'les paquets' : 'le paquet'} ${andList(packages)} (noms Debian) avec le gestionnaire de paquets de votre système, puis relancez npm test.`;
}

export function missingTools(env: NodeJS.ProcessEnv = process.env): TestTool[] {
  return testToolNames.filter((tool) => !findTool(tool, env));
}

export function thisMachine(): Machine {
  return {
    isRoot: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
  };
}

function aptGet(args: string[]): { ok: boolean; output: string } {
  const run = spawnSync('apt-get', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() };
}

/**
 * Makes sure every tool is there, installing what is missing when it can.
 * Returns null when the tests can run, or the line to print before stopping.
 */
export function ensureTestTools(
  log: (line: string) => void = (line) => console.log(line),
): string | null {
  const machine = thisMachine();
  const missing = missingTools();
  const plan = planSetup(missing, machine);
  if (plan.action === 'none') return null;
  if (plan.action === 'stop') return plan.message;
  log(`Installation de ${andList(plan.packages)} (paquets Debian, pour les tests)…`);
  const update = aptGet(['update', '-qq']);
  const install = update.ok
    ? aptGet(['install', '-y', '-qq', '--no-install-recommends', ...plan.packages])
    : update;
  const stillMissing = missingTools();
  if (install.ok && stillMissing.length === 0) return null;
  const lastLines = install.output.split('\n').slice(-3).join(' ').trim();
  return `L’installation de ${andList(plan.packages)} a échoué${lastLines ? ` (${lastLines})` : ''} : ${missingToolsLine(stillMissing.length ? stillMissing : missing, machine)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = ensureTestTools();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  console.log(`Outils des tests présents : ${andList(testToolNames)}.`);
}
