// `npm run editeur`: the browser editor on this computer, without a forge account. Decap's local
// server (decap-server) writes the files straight into content/ — review them with `git diff`,
// then propose them as a pull request — and the development server shows the editor at /admin/.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { localEditorPort } from '../src/lib/cms/local-server.ts';

const require = createRequire(import.meta.url);
const server = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(localEditorPort),
    BIND_HOST: '127.0.0.1',
    // Files written as they are, in the working copy: git mode would switch its branches.
    MODE: 'fs',
    GIT_REPO_DIRECTORY: process.cwd(),
  },
});
const dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
console.log(
  `\nÉditeur de contenu : http://127.0.0.1:4321/admin/ (les fichiers enregistrés vont dans content/).\n`,
);
const stop = () => {
  server.kill();
  dev.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', () => dev.kill());
dev.on('exit', (code) => {
  server.kill();
  process.exit(code ?? 0);
});
