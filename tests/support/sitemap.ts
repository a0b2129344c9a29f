import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every page listed in the built sitemap (dist/sitemap-0.xml). */
export function sitemapPaths(dist = 'dist'): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
