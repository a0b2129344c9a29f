import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindBase, searchLanguage } from '../../lib/search-engine.ts';
import { paths } from '../../lib/urls.ts';

/**
 * Pagefind names its metadata file after its content (pagefind.fr_<hash>.pf_meta), so Astro cannot
 * write its address: once the index is built, the search page gets a preload for it, beside the
 * ones it already has (src/lib/search-engine.ts). Every first search needs this file, and it
 * grows with the site (`npm run bench` gives its size).
 */
export function metaPreload(entryJson: string, language = searchLanguage): string {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { hash?: string }> };
  const hash = entry.languages?.[language]?.hash;
  if (!hash)
    throw new Error(
      `Pagefind : pas d’index « ${language} » dans pagefind-entry.json (pages sans lang="${language}" ?)`,
    );
  return `<link rel="preload" href="${pagefindBase}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`;
}

/** A metadata preload written by an earlier index of the same site (the index was built again). */
const earlierPreload = new RegExp(
  `<link rel="preload" href="${pagefindBase}pagefind\\.[\\w-]+\\.pf_meta"[^>]*>`,
  'g',
);

/**
 * Adds the preload to the head of a page's HTML, once, replacing one an earlier index left; fails
 * if the page has no head to put it in.
 */
export function withPreload(html: string, link: string): string {
  if (html.includes(link)) return html;
  if (!html.includes('</head>'))
    throw new Error('la page de recherche n’a pas de </head> où annoncer l’index');
  return html.replace(earlierPreload, '').replace('</head>', `${link}</head>`);
}

/** Writes the metadata preload into the built search page of `site`. */
export function preloadSearchMeta(site: string): void {
  const page = join(site, paths.search, 'index.html');
  const link = metaPreload(readFileSync(join(site, pagefindBase, 'pagefind-entry.json'), 'utf8'));
  writeFileSync(page, withPreload(readFileSync(page, 'utf8'), link));
}
