import { describe, expect, it } from 'vitest';
import { metaPreload, withPreload } from '../../src/build/search-index/preload-search-meta.ts';

// The search page announces Pagefind's metadata file, whose name only the built index knows.

const entry = JSON.stringify({
  version: '1.6.0',
  languages: { fr: { hash: 'fr_6415e2fdb6', wasm: 'fr', page_count: 60 } },
});

describe('the metadata preload', () => {
  it('names the file of the French index from pagefind-entry.json', () => {
    expect(metaPreload(entry)).toBe(
      '<link rel="preload" href="/pagefind/pagefind.fr_6415e2fdb6.pf_meta" as="fetch" crossorigin="anonymous">',
    );
  });

  it('fails, saying why, when the index has no French pages', () => {
    expect(() =>
      metaPreload(JSON.stringify({ languages: { unknown: { hash: 'unknown_1' } } })),
    ).toThrow(/pas d’index « fr »/);
  });

  it('goes once into the head, and fails on a page without one', () => {
    const link = metaPreload(entry);
    const page = '<html><head><title>Recherche</title></head><body></body></html>';
    const once = withPreload(page, link);
    expect(once).toBe(`<html><head><title>Recherche</title>${link}</head><body></body></html>`);
    expect(withPreload(once, link)).toBe(once);
    expect(() => withPreload('<p>sans en-tête</p>', link)).toThrow(/<\/head>/);
    // The index built again (another metadata file): the earlier preload is replaced, not kept.
    const again = metaPreload(entry.replace('fr_6415e2fdb6', 'fr_0123abcdef'));
    expect(withPreload(once, again)).toBe(
      `<html><head><title>Recherche</title>${again}</head><body></body></html>`,
    );
  });
});
