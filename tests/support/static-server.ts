import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/** Whether deploy/nginx-site.conf sends a file gzip (level 6): text of 256 bytes or more. Pagefind's own files are already gzip. */
export const nginxCompresses = (extension: string, bytes: number) =>
  compressible.has(extension) && bytes >= 256;

/**
 * Serves a built site on 127.0.0.1 like a static host: directory index, 404.html for the rest.
 * With `compress`, text is sent gzip as our nginx sends it (for measures on a throttled network).
 */
export async function serveStatic(
  root: string,
  {
    compress = false,
    proxy,
    port = 0,
  }: {
    compress?: boolean;
    /** A given port: a server closed and opened again keeps its origin (a network cut, then back). */
    port?: number;
    /** Requests under `path` are forwarded to `target` (the browser editor's local server). */
    proxy?: { path: string; target: string };
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (proxy && pathname.startsWith(proxy.path)) return forward(request, response, proxy.target);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    if (!found && !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    };
    const gzip =
      compress &&
      nginxCompresses(extname(file), statSync(file).size) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(found ? 200 : 404, headers);
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip({ level: 6 })).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${listening}`,
    // Browsers keep connections open: closing waits for none of them (a test's end would otherwise
    // wait for the last idle or proxied connection to time out).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Sends a request on to another server on this machine and its answer back. */
function forward(request: IncomingMessage, response: ServerResponse, target: string) {
  const upstream = httpRequest(
    new URL(request.url ?? '/', target),
    { method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    response.writeHead(502);
    response.end();
  });
  request.pipe(upstream);
}
