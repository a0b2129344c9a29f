// « Emporter la bibliothèque hors ligne » (src/components/OfflineLibrary.astro): what the offline
// copy holds, measured once the whole site is written (Pagefind's index included, so after it,
// in scripts/finish-build.ts), and the service worker that keeps it, written with that list.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { offlineCachePrefix, offlineFiles } from '../lib/offline-library.ts';
import { pagefindBase } from '../lib/search-engine.ts';
import { paths } from '../lib/urls.ts';

/**
 * Sections kept whole: the library (every sheet, canvas and the booklet), the parcours, the planner
 * with the sheets' facts it fetches and the run page, the search page and Pagefind's index; the
 * site's bundles (/_astro/) whole too, as some are only imported on demand.
 */
const sections = [
  paths.methods,
  '/parcours/',
  paths.atelier,
  paths.search,
  pagefindBase,
  '/_astro/',
] as const;

/** Copies of the pages for AI assistants are not read in a workshop. */
const leftOut = (urlPath: string) => urlPath.endsWith('.md');

function filesUnder(site: string, folder: string): string[] {
  const dir = join(site, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The address a built file is served at: a page's index.html is its folder. */
function urlOf(site: string, file: string): string {
  const path = `/${relative(site, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function fileOf(site: string, url: string): string {
  return join(site, url.endsWith('/') ? `${url}index.html` : url);
}

/** Same-site files a page loads by itself: stylesheets, scripts, icons, images, pictograms. */
function loadedBy(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    const p = node.properties;
    const rel = Array.isArray(p['rel']) ? p['rel'].map(String) : [];
    const loads =
      (node.tagName === 'link' &&
        rel.some((r) => ['stylesheet', 'icon', 'modulepreload', 'preload'].includes(r))) ||
      node.tagName === 'use';
    const reference = loads ? p['href'] : p['src'];
    if (typeof reference !== 'string' || !reference.startsWith('/') || reference.startsWith('//'))
      return;
    found.push(new URL(reference, 'http://site').pathname);
  });
  return found;
}

/** Whether deploy/nginx-site.conf sends a file compressed (gzip, level 6): text of 256 bytes or more. */
const compressedTypes = /\.(?:html|css|js|json|svg|xml|txt|wasm)$|\/$/;

export interface OfflineManifest {
  /** Changes whenever one file of the copy does: a new deployment replaces the copy. */
  version: string;
  urls: string[];
  /** What the copy takes in the browser's storage. */
  bytes: number;
  /** What downloading it costs from our nginx (text compressed, Pagefind's files already are). */
  transferBytes: number;
}

/** Lists and measures the offline copy of a built site. */
export function offlineManifest(site: string): OfflineManifest {
  const urls = new Set<string>();
  for (const section of sections)
    for (const file of filesUnder(site, section)) urls.add(urlOf(site, file));
  for (const url of [...urls])
    if (url.endsWith('/'))
      for (const loaded of loadedBy(readFileSync(fileOf(site, url), 'utf8'))) urls.add(loaded);
  const kept = [...urls].filter((url) => !leftOut(url)).sort();
  const hash = createHash('sha256');
  let bytes = 0;
  let transferBytes = 0;
  for (const url of kept) {
    const body = readFileSync(fileOf(site, url));
    hash.update(url).update('\0').update(body);
    bytes += body.length;
    transferBytes +=
      compressedTypes.test(url) && body.length >= 256
        ? gzipSync(body, { level: 6 }).length
        : body.length;
  }
  return { version: hash.digest('hex').slice(0, 16), urls: kept, bytes, transferBytes };
}

/** The service worker's code, as the browser runs it (src/client/offline/service-worker.js). */
const workerSource = new URL('../client/offline/service-worker.js', import.meta.url);

/**
 * Writes the copy's summary (what the page's button says it downloads) and the service worker,
 * which carries the list and its version: a new deployment changes its bytes, so the browser
 * installs it, which downloads the new copy and drops the old one.
 */
export function writeOfflineCopy(site: string): OfflineManifest {
  const manifest = offlineManifest(site);
  const { version, bytes, transferBytes } = manifest;
  // The summary counts itself: the worker downloads it with the copy.
  const summary = { version, bytes, transferBytes, files: manifest.urls.length + 1 };
  writeFileSync(join(site, offlineFiles.summary), `${JSON.stringify(summary)}\n`);
  const copy = {
    cacheName: `${offlineCachePrefix}${version}`,
    cachePrefix: offlineCachePrefix,
    urls: [offlineFiles.summary, ...manifest.urls],
  };
  writeFileSync(
    join(site, offlineFiles.worker),
    `const offlineCopy = ${JSON.stringify(copy)};\n${readFileSync(workerSource, 'utf8')}`,
  );
  return manifest;
}
