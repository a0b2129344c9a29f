import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Word positions per chunk of Pagefind's index. A search downloads the chunk holding each of its
 * words: Pagefind's default (20,000) makes that chunk the heaviest part of a first search after
 * the engine itself; smaller chunks make it lighter, more of them make a multi-word query fetch
 * more files, and the metadata file lists every chunk. Chosen with `npm run bench:search-chunks`
 * (README, « Performances mesurées »). Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * when its binary starts: an unstable setting, hence Pagefind's exact version in package.json; a
 * test checks that it still takes effect. The bench sets the variable itself to compare sizes.
 */
export const searchIndexChunkSize = 2500;

/**
 * Builds the Pagefind index of a built site into <site>/pagefind/. Only elements
 * marked data-pagefind-body are indexed (never menus or footers); each page's
 * `lang="fr"` gives French stemming. Returns the number of pages and the time taken.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(searchIndexChunkSize);
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
