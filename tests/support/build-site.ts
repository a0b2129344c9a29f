import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `npm run build` on a content folder, with a cold cache and its own output folder; `siteDir`
 * is the copy of the project to build (a scratch copy whose source a test changed), by default this one.
 */
export function buildSite(contentDir: string, siteDir = process.cwd()): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'tilab-build-'));
  const outDir = join(work, 'dist');
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {
      ...process.env,
      TILAB_CONTENT_DIR: contentDir,
      TILAB_OUT_DIR: outDir,
      TILAB_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
