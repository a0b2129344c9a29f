import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nginxCompresses } from '../../tests/support/static-server.ts';

// What a browser downloads when it opens a page, read from the built files: the HTML, its
// stylesheets, its scripts and the modules they import, its icon. Sizes raw and as our
// nginx sends them (deploy/nginx-site.conf: gzip level 6 for text of 256 bytes or more).

export type ResourceKind = 'html' | 'css' | 'js' | 'icon' | 'data' | 'wasm';

export interface Resource {
  path: string;
  kind: ResourceKind;
  rawBytes: number;
  gzipBytes: number;
}

/** Bytes of a built file as sent by a server compressing text like deploy/nginx-site.conf does. */
export function servedBytes(
  path: string,
  contents: Buffer,
): { rawBytes: number; gzipBytes: number } {
  const gzipBytes = nginxCompresses(extname(path) || '.html', contents.length)
    ? gzipSync(contents, { level: 6 }).length
    : contents.length;
  return { rawBytes: contents.length, gzipBytes };
}

/** The file of dist/ a site path is served from. */
export function fileOf(dist: string, sitePath: string): string {
  const path = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** Stylesheets, scripts and icon an HTML page references, as site paths. */
export function referencedResources(html: string): { path: string; kind: ResourceKind }[] {
  const found: { path: string; kind: ResourceKind }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) found.push({ path: href, kind: 'css' });
    else if (rel.includes('modulepreload')) found.push({ path: href, kind: 'js' });
    else if (rel.includes('icon')) found.push({ path: href, kind: 'icon' });
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) found.push({ path: src, kind: 'js' });
  }
  return found;
}

/** Modules a script imports statically (loaded with it); dynamic import() runs later, on use. */
export function staticImports(code: string, fromPath: string): string[] {
  const specifiers = [
    ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*[\w$*{}\s,]*?from\s*["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return specifiers.map((specifier) => new URL(specifier, `http://site${fromPath}`).pathname);
}

/** Every resource loaded with a page, each once, in discovery order. */
export function pageLoad(dist: string, pagePath: string): Resource[] {
  const read = (path: string) => readFileSync(fileOf(dist, path));
  const html = read(pagePath);
  const resources: Resource[] = [
    { path: pagePath, kind: 'html', ...servedBytes(fileOf(dist, pagePath), html) },
  ];
  const queue = referencedResources(html.toString('utf8'));
  const seen = new Set<string>();
  while (queue.length) {
    const { path, kind } = queue.shift()!;
    if (seen.has(path) || /^[a-z]+:|^\/\//i.test(path) || !existsSync(fileOf(dist, path))) continue;
    seen.add(path);
    const contents = read(path);
    resources.push({ path, kind, ...servedBytes(path, contents) });
    if (kind === 'js')
      queue.push(
        ...staticImports(contents.toString('utf8'), path).map((p) => ({
          path: p,
          kind: 'js' as const,
        })),
      );
  }
  return resources;
}

export const total = (resources: Resource[], kinds?: ResourceKind[]) =>
  resources
    .filter((r) => !kinds || kinds.includes(r.kind))
    .reduce(
      (sum, r) => ({ rawBytes: sum.rawBytes + r.rawBytes, gzipBytes: sum.gzipBytes + r.gzipBytes }),
      { rawBytes: 0, gzipBytes: 0 },
    );
