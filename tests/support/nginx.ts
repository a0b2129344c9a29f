import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toolPath } from './tools.ts';

/** The server-level part of the deployment config, included as it is. */
export const siteConfig = resolve('deploy/nginx-site.conf');
/** The complete deployment config, whose process part the wrapper below mirrors. */
export const deployConfig = resolve('deploy/nginx.conf');

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** What deploy/nginx.conf holds around nginx-site.conf, for one test instance: a free port, the given root, a temporary prefix. */
function wrapperConfig(port: number, root: string): string {
  return `# Written by tests/support/nginx.ts: deploy/nginx.conf's process part, for a test instance.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  include ${resolve('deploy/nginx-types.conf')};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path client_body_temp;
  proxy_temp_path proxy_temp;
  fastcgi_temp_path fastcgi_temp;
  uwsgi_temp_path uwsgi_temp;
  scgi_temp_path scgi_temp;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${siteConfig};
  }
}
`;
}

/** Runs `nginx` on a config with a throw-away prefix (for its pid and temp folders); returns its combined output. */
export function nginxCheck(
  config: string,
  flag: '-t' | '-T' = '-t',
): { status: number | null; output: string } {
  const prefix = mkdtempSync(join(tmpdir(), 'tilab-nginx-check-'));
  mkdirSync(join(prefix, 'logs'));
  const run = spawnSync(toolPath('nginx'), [flag, '-q', '-p', `${prefix}/`, '-c', config], {
    encoding: 'utf8',
  });
  rmSync(prefix, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * Starts Debian's nginx on 127.0.0.1 serving `root` with deploy/nginx-site.conf.
 * nginx runs under a shell that kills it as soon as our end of its stdin closes,
 * so it never outlives the test process, even one that crashes.
 */
export async function startNginx(root: string): Promise<RunningNginx> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'tilab-nginx-'));
  writeFileSync(join(prefix, 'nginx.conf'), wrapperConfig(port, resolve(root)));
  // fd 3: the shell's stdin, which its background jobs would otherwise see as /dev/null.
  const guard =
    'exec 3<&0; "$0" "$@" 3<&- & pid=$!; (cat <&3 >/dev/null; kill $pid 2>/dev/null) & wait $pid';
  const child = spawn(
    '/bin/sh',
    ['-c', guard, toolPath('nginx'), '-p', `${prefix}/`, '-c', 'nginx.conf', '-g', 'daemon off;'],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    child.stdin.end();
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      return { url, stop };
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  await stop();
  throw new Error(`nginx did not start:\n${output}`);
}
