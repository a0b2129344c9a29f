import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResult {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface NodePagefind {
  search: (q: string | null, options?: Record<string, unknown>) => Promise<PagefindResult[]>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let fetchPatched = false;
/** Lets Pagefind's browser bundle read its files from disk under Node. */
function patchFetch() {
  if (fetchPatched) return;
  fetchPatched = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(fileURLToPath(url.split('?')[0]!));
    return new Response(body, {
      headers: {
        'content-type':
          url.includes('.wasm') || url.includes('wasm.')
            ? 'application/wasm'
            : 'application/octet-stream',
      },
    });
  }) as typeof fetch;
}

/** Loads a built Pagefind bundle (e.g. dist/pagefind) and searches it as the browser would. */
export async function loadPagefind(
  bundleDir: string,
  options: Record<string, unknown> = {},
): Promise<NodePagefind> {
  patchFetch();
  const base = pathToFileURL(`${resolve(bundleDir)}/`).href;
  const pagefind = await import(`${base}pagefind.js`);
  await pagefind.options({ ...options, basePath: base });
  await pagefind.init();
  await pagefind.filters();
  const siteRoot = fileURLToPath(new URL('..', base));
  return {
    filters: () => pagefind.filters(),
    async search(q, options = {}) {
      const found = await pagefind.search(q, options);
      const data = await Promise.all(
        found.results.map((r: { data: () => Promise<PagefindResult> }) => r.data()),
      );
      // Results carry the bundle's file path as prefix under Node; keep the site path.
      return data.map((d) => ({
        ...d,
        url: d.url.slice(
          d.url.indexOf(siteRoot) >= 0 ? d.url.indexOf(siteRoot) + siteRoot.length - 1 : 0,
        ),
      }));
    },
  };
}
