import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localEditorPort } from '../../lib/cms/local-server.ts';
import { adminFiles } from '../../lib/urls.ts';

// The browser editor's files. Decap CMS rather than Sveltia CMS (lighter, but it fetches its French
// strings and update checks from a CDN, and its local mode needs a directory picker no headless
// browser can answer): Decap ships French, and its local server saves each change on a branch of a
// real repository, so the editorial workflow is tested without a forge. Decap's ready-made bundle (React included) is served from our own
// origin, never from a CDN: copied from node_modules into the build under /admin/decap/, served from
// node_modules by `astro dev`; only the editor's page loads it. `astro dev` also forwards the
// editor's local API (/api/v1) to Decap's local server (`npm run editeur`), on the page's origin.

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/** The bundle, the chunks it loads on demand, their licence notices and its WebAssembly; no source maps. */
export const decapFiles = () =>
  readdirSync(decapDist).filter((name) =>
    /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|\.wasm$/.test(name),
  );

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function browserEditor(): AstroIntegration {
  return {
    name: 'tilab:browser-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(adminFiles.decapFolder, (request, response, next) => {
          const name = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (!decapFiles().includes(name)) return next();
          response.setHeader('content-type', types[name.slice(name.lastIndexOf('.'))] ?? '');
          createReadStream(join(decapDist, name)).pipe(response);
        });
        server.middlewares.use(adminFiles.localApi, (request, response) => {
          const upstream = httpRequest(
            {
              host: '127.0.0.1',
              port: localEditorPort,
              path: adminFiles.localApi,
              method: request.method,
              headers: request.headers,
            },
            (answer) => {
              response.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(response);
            },
          );
          upstream.on('error', () => {
            response.statusCode = 502;
            response.end();
          });
          request.pipe(upstream);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), adminFiles.decapFolder);
        mkdirSync(target, { recursive: true });
        for (const name of decapFiles()) copyFileSync(join(decapDist, name), join(target, name));
        if (!existsSync(join(target, 'decap-cms.js')))
          throw new Error('Decap CMS : decap-cms.js introuvable dans node_modules/decap-cms/dist');
      },
    },
  };
}
