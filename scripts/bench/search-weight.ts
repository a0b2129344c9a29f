import { readFileSync } from 'node:fs';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { fileOf, servedBytes, total, type Resource } from './page-weight.ts';

export interface SearchDownload {
  query: string;
  results: number;
  /** Every /pagefind/ file the browser fetched for the first search, sized from dist/. */
  files: Resource[];
  rawBytes: number;
  gzipBytes: number;
}

const kindOf = (path: string): Resource['kind'] =>
  path.endsWith('.js') ? 'js' : path.includes('/wasm.') ? 'wasm' : 'data';

/**
 * Opens /recherche/?q=<query> in Debian's Chromium against a static server of `dist`, waits
 * for the results, and lists what Pagefind downloaded (its worker's requests included).
 * Sizes come from the files: Pagefind's index files are already gzip; pagefind.js and the
 * worker are counted as deploy/nginx-site.conf compresses them.
 */
export async function firstSearchDownloads(
  dist: string,
  queries: string[],
): Promise<SearchDownload[]> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const measured: SearchDownload[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched = new Set<string>();
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/')) fetched.add(path);
      });
      await page.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () =>
          document.querySelector('#search-results li') ||
          /^Aucun résultat/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      await page.waitForLoadState('networkidle');
      const results = await page.locator('#search-results > li').count();
      await context.close();
      const files = [...fetched].sort().map((path) => ({
        path,
        kind: kindOf(path),
        ...servedBytes(path, readFileSync(fileOf(dist, path))),
      }));
      measured.push({ query, results, files, ...total(files) });
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
