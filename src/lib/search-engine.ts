// The files of Pagefind's engine that every first search needs, whatever its words: the search
// page asks for them with its stylesheet and scripts (preloads), instead of one after the other
// once its script runs. With the metadata file (src/build/search-index/preload-search-meta.ts), the
// first results come about two seconds sooner on a simulated slow phone (`npm run bench`).

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
