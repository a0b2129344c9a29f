// Second step of `npm run build`: the search index, once Astro has written the site and exited
// (run apart, Pagefind does not add its memory to Astro's: the build's peak stays lower).
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';

const site = resolve(process.env.TILAB_OUT_DIR ?? 'dist');
const { pages, ms } = await buildSearchIndex(site);
console.log(`[tilab:pagefind] index de recherche : ${pages} pages en ${ms} ms`);
