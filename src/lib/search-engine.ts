// The files of Pagefind's engine that every first search needs, whatever its words: the search
// page asks for them with its stylesheet and scripts (preloads), instead of one after the other
// once its script runs. With the metadata file (src/build/search-index/preload-search-meta.ts), the
// first results come about two seconds sooner on a simulated slow phone (`npm run bench`).
import { paths } from './urls.ts';

/** Where Pagefind writes the index (scripts/finish-build.ts), as the site serves it. */
export const pagefindBase = '/pagefind/';

/** Pagefind's script, imported by src/client/search-page.ts. */
export const pagefindScript = `${pagefindBase}pagefind.js`;

/**
 * Pagefind adds `?ts=<now>` to its entry file unless given a tag; a fixed tag lets the page
 * preload it. Safe because the host has browsers ask again for Pagefind's files each time
 * (deploy/nginx-site.conf: no-cache; public/_headers: the hosts' default for them).
 */
export const pagefindCacheTag = 'tilab';

/** The index's language: every page is `lang="fr"`, so Pagefind builds and loads the French index and stemmer. */
export const searchLanguage = 'fr';

const pagefindWasm = `${pagefindBase}wasm.${searchLanguage}.pagefind`;
const pagefindEntry = `${pagefindBase}pagefind-entry.json?ts=${pagefindCacheTag}`;

/** What /recherche/ preloads: the script as a module, the rest as Pagefind fetches them. */
export const pagefindPreloads = [
  { rel: 'modulepreload', href: pagefindScript },
  { rel: 'preload', href: pagefindEntry, as: 'fetch', crossorigin: 'anonymous' },
  { rel: 'preload', href: pagefindWasm, as: 'fetch', crossorigin: 'anonymous' },
] as const;

/**
 * How much a part of a page counts in the search (Pagefind's data-pagefind-weight, 0 to 10; body
 * text counts 1): a page's title and summary say what it is about more than a word in its text.
 */
export const searchWeight = {
  title: '10',
  summary: '5',
  secondaryTitle: '2',
  secondaryText: '0.2',
} as const;

/**
 * Pages about the site rather than the lab or its methods (legal, technical): their text weighs
 * less, so that « persona » does not bring « Données personnelles » before the sheets; their title
 * still finds them (« mentions légales »).
 */
export const isSecondaryPage = (path: string): boolean =>
  // A function, not a list: the browser's search script imports this module and would otherwise
  // load the site's addresses for nothing (the bundler keeps a list's property reads).
  ([paths.legal, paths.privacy, paths.accessibility, paths.ecodesign] as string[]).includes(path);

/**
 * Pagefind's ranking: a title already weighs through its element (`searchWeight.title`), so the
 * extra boost Pagefind gives a match in the title field (5 by default) is left out. With it, the
 * title « Données personnelles » (« person- », as French stemming reads « persona ») came before
 * the sheets that speak of personas.
 */
export const searchRanking = { metaWeights: { title: 1 } } as const;
