import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

// The README's first command ends with `astro preview` serving the built site, search included.

let server: ChildProcess | undefined;
afterAll(() => {
  // npx starts astro in a child process: end the whole group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm start', () => {
  it('serves the built site with its search index on 127.0.0.1', async () => {
    const port = 43000 + Math.floor(Math.random() * 1000);
    server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    const base = `http://127.0.0.1:${port}`;
    let home: Response | undefined;
    for (let i = 0; i < 60 && !home; i++) {
      home = await fetch(`${base}/`).catch(() => undefined);
      if (!home) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(home?.status).toBe(200);
    expect(await home!.text()).toContain('<html lang="fr"');
    expect((await fetch(`${base}/pagefind/pagefind.js`)).status).toBe(200);
    expect((await fetch(`${base}/methodes/personas/`)).status).toBe(200);
  });
});
