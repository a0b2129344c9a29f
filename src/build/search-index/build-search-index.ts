import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index of a built site into <site>/pagefind/. Only elements
 * marked data-pagefind-body are indexed (never menus or footers); each page's
 * `lang="fr"` gives French stemming. Returns the number of pages and the time taken.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind : création de l’index impossible (${errors.join(', ')})`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
    // Our search uses Pagefind's JS API only, on the page's thread (noWorker): its ready-made
    // interfaces and its worker script are not shipped.
    for (const file of readdirSync(join(site, 'pagefind'))) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight|worker)\./.test(file))
        rmSync(join(site, 'pagefind', file));
    }
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await close();
  }
}
