import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImports } from '../../tests/support/static-imports.ts';
import { nginxCompresses } from '../../tests/support/static-server.ts';

// What a browser downloads when it opens a page, read from the built files: the HTML, its
// stylesheets, its scripts and the modules they import, its icon. Sizes raw and as our nginx
// sends them (deploy/nginx-site.conf: gzip level 6 for text of 256 bytes or more).

/**
 * A method sheet's budget on first view, compressed as nginx sends it, the font aside (issue 22):
 * held on every sheet by tests/browser/page-weight.test.ts, reported by `npm run bench`.
 */
export const methodBudgetBytes = 15_000;

export interface Resource {
  path: string;
  kind: 'html' | 'css' | 'js' | 'icon' | 'data' | 'wasm';
  rawBytes: number;
  gzipBytes: number;
}

/** Bytes of a built file as sent by a server compressing text like deploy/nginx-site.conf does. */
export function servedBytes(path: string, contents: Buffer) {
  const compressed = nginxCompresses(extname(path) || '.html', contents.length);
  const gzipBytes = compressed ? gzipSync(contents, { level: 6 }).length : contents.length;
  return { rawBytes: contents.length, gzipBytes };
}

/** The file of dist/ a site path is served from. */
export function fileOf(dist: string, sitePath: string): string {
  const path = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

const kinds = { stylesheet: 'css', modulepreload: 'js', icon: 'icon' } as const;

/** Stylesheets, scripts and icon an HTML page references, as site paths. */
export function referencedResources(html: string): Pick<Resource, 'path' | 'kind'>[] {
  // A <template>'s scripts are inert until used (BaseLayout's « Ajouter à mon atelier »).
  const loaded = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '');
  return [...loaded.matchAll(/<(link|script)\b[^>]*>/gi)].flatMap(([tag, name]) => {
    const attribute = (key: string) =>
      new RegExp(`\\b${key}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
    if (name!.toLowerCase() === 'script')
      return attribute('src') ? [{ path: attribute('src')!, kind: 'js' as const }] : [];
    const rel = (attribute('rel') ?? '').toLowerCase().split(/\s+/);
    const kind = rel.map((r) => kinds[r as keyof typeof kinds]).find(Boolean);
    const href = attribute('href');
    return kind && href ? [{ path: href, kind }] : [];
  });
}

/** Every resource loaded with a page, each once, in discovery order. */
export function pageLoad(dist: string, pagePath: string): Resource[] {
  const html = readFileSync(fileOf(dist, pagePath));
  const resources: Resource[] = [
    { path: pagePath, kind: 'html', ...servedBytes(fileOf(dist, pagePath), html) },
  ];
  const queue = referencedResources(html.toString('utf8'));
  for (const { path, kind } of queue) {
    if (
      resources.some((r) => r.path === path) ||
      /^[a-z]+:|^\/\//i.test(path) ||
      !existsSync(fileOf(dist, path))
    )
      continue;
    const contents = readFileSync(fileOf(dist, path));
    resources.push({ path, kind, ...servedBytes(path, contents) });
    if (kind === 'js')
      queue.push(...staticImports(contents.toString('utf8'), path).map((p) => ({ path: p, kind })));
  }
  return resources;
}

export const total = (resources: readonly Resource[]) =>
  resources.reduce(
    (sum, r) => ({ rawBytes: sum.rawBytes + r.rawBytes, gzipBytes: sum.gzipBytes + r.gzipBytes }),
    { rawBytes: 0, gzipBytes: 0 },
  );
