import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the real site once (unless TILAB_SKIP_BUILD=1 and dist/ exists) and
 * serves dist/ on 127.0.0.1 for the browser tests.
 */
export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  if (!(process.env.TILAB_SKIP_BUILD === '1' && existsSync(dist))) {
    const { TILAB_CONTENT_DIR: _content, TILAB_OUT_DIR: _out, ...env } = process.env;
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env });
  }
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return server.close;
}
