// Second step of `npm run build`, once Astro has written the site and exited: the search index, then
// the link check. Run apart from Astro, Pagefind does not add its memory to Astro's; run before the
// link check, it does not add to the memory the check leaves in this process (5,000 sheets: 1.96 GB
// at the peak the other way round). Side by side, the two took longer on 2 cores: Pagefind uses both.
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/build/search-index/build-search-index.ts';
import { preloadSearchMeta } from '../src/build/search-index/preload-search-meta.ts';
import { writeOfflineCopy } from '../src/build/offline-copy.ts';
import { rewriteRedirectPages } from '../src/build/redirect-pages.ts';
import { keepOwnHashes } from '../src/build/csp-hashes.ts';
import { loadRedirects } from '../src/lib/redirects.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { recordTimings } from '../src/build/timings.ts';
import {
  checkLinks,
  describeBrokenLinks,
  locateBrokenLinks,
} from '../src/build/validation/link-check.ts';

const site = resolve(process.env.TILAB_OUT_DIR ?? 'dist');
rewriteRedirectPages(site, loadRedirects(), siteConfig.adresse_du_site);
const hashesStarted = performance.now();
const prunedPages = keepOwnHashes(site);
console.log(
  `[tilab:csp] empreintes inutiles retirées de la politique de ${prunedPages} pages (${Math.round(performance.now() - hashesStarted)} ms)`,
);
const { pages, ms } = await buildSearchIndex(site);
preloadSearchMeta(site);
console.log(`[tilab:pagefind] index de recherche : ${pages} pages en ${ms} ms`);
// Once every file is written, the search page's preload and Pagefind's index included.
const offline = writeOfflineCopy(site);
console.log(
  `[tilab:hors-ligne] copie hors ligne : ${offline.urls.length} fichiers, ${offline.bytes} octets (${offline.transferBytes} compressés)`,
);
recordTimings({ pagefindMs: ms, indexedPages: pages });
const started = performance.now();
const broken = checkLinks(site, siteConfig.adresse_du_site);
if (broken.length) {
  console.error(
    `[tilab:link-check] ${describeBrokenLinks(locateBrokenLinks(broken, contentRoot()))}`,
  );
  process.exit(1);
}
const linkCheckMs = Math.round(performance.now() - started);
recordTimings({ linkCheckMs });
console.log(`[tilab:link-check] liens internes et ancres : tous valides (${linkCheckMs} ms)`);
