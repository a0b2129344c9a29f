// Second step of `npm run build`, once Astro has written the site and exited: the link check and the
// search index, side by side. Pagefind indexes in its own process while this one checks the links;
// run apart from Astro, Pagefind does not add its memory to Astro's.
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/search-index/build-search-index.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { checkLinks, describeBrokenLinks } from '../src/validation/link-check.ts';

const site = resolve(process.env.TILAB_OUT_DIR ?? 'dist');
let broken: ReturnType<typeof checkLinks> = [];
let linksMs = 0;
const { pages, ms } = await buildSearchIndex(site, () => {
  const started = performance.now();
  broken = checkLinks(site, siteConfig.adresse_du_site);
  linksMs = Math.round(performance.now() - started);
});
if (broken.length) {
  console.error(`[tilab:link-check] ${describeBrokenLinks(broken)}`);
  process.exit(1);
}
console.log(`[tilab:link-check] liens internes et ancres : tous valides (${linksMs} ms)`);
console.log(`[tilab:pagefind] index de recherche : ${pages} pages en ${ms} ms`);
