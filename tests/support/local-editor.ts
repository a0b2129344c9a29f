import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureSite } from './fixture-site.ts';

/** A throw-away git repository whose content/ is a copy of the fixture site: the editor writes there. */
export function editorRepository(): {
  dir: string;
  git: (...args: string[]) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tilab-editor-'));
  cpSync(fixtureSite, join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} : ${run.stderr}`);
    return run.stdout;
  };
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Essai');
  git('config', 'user.email', 'essai@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Contenu de départ');
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Decap's local server (decap-server) in git mode over a repository: the editorial workflow as on a
 * forge, each change saved on a branch `cms/<collection>/<entry>` of its own, on 127.0.0.1 only.
 */
export async function startLocalEditorServer(
  repository: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve('node_modules/decap-server/dist/index.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        BIND_HOST: '127.0.0.1',
        MODE: 'git',
        GIT_REPO_DIRECTORY: repository,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const answer = await fetch(`${url}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() - started > 20_000)
      throw new Error(`decap-server ne démarre pas : ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill();
        // A server busy with a git operation may not stop on SIGTERM: it is a throw-away process.
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
