// Second step of `npm run build`, once Astro has written the site and exited: the link check, then
// the search index. Run apart from Astro, Pagefind does not add its memory to Astro's. (Side by side,
// the two took longer on 2 cores than one after the other: Pagefind already uses both.)
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { checkLinks, describeBrokenLinks } from '../src/validation/link-check.ts';

const site = resolve(process.env.TILAB_OUT_DIR ?? 'dist');
const started = performance.now();
const broken = checkLinks(site, siteConfig.adresse_du_site);
if (broken.length) {
  console.error(`[tilab:link-check] ${describeBrokenLinks(broken)}`);
  process.exit(1);
}
console.log(`[tilab:link-check] liens internes et ancres : tous valides (${Math.round(performance.now() - started)} ms)`);
const { pages, ms } = await buildSearchIndex(site);
console.log(`[tilab:pagefind] index de recherche : ${pages} pages en ${ms} ms`);
