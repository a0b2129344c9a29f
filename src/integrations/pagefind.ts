import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index into dist/pagefind/ at the end of `astro build`,
 * so that `npm run build` always ships a site whose search works.
 * Only elements marked data-pagefind-body are indexed (never menus or footers).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'tilab:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind : création de l’index impossible (${errors.join(', ')})`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
        await close();
        // Our search uses Pagefind's JS API only: its ready-made interfaces are not shipped.
        for (const file of readdirSync(join(site, 'pagefind'))) {
          if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(site, 'pagefind', file));
        }
        logger.info(`index de recherche : ${added.page_count} pages en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
