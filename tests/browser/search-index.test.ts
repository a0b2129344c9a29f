import { contentTypeFacet } from '../../src/lib/facets/search-facets.ts';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { withoutElision } from '../../src/lib/french-elision.ts';
import { loadPagefind, type NodePagefind } from '../support/pagefind-node.ts';

// The real index in dist/pagefind, searched under Node as the browser would.

const entries = checkContent('content').entries;
const methods = entries.filter((e) => e.collection === 'methodes');
let index: NodePagefind;

beforeAll(async () => {
  index = await loadPagefind('dist/pagefind');
});

describe('the search index', () => {
  it('ships Pagefind’s engine only: no ready-made interface, no worker script (searches run on the page’s thread)', () => {
    const files = readdirSync('dist/pagefind');
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /^pagefind-/.test(f) && f !== 'pagefind-entry.json')).toEqual([]);
  });

  it('finds « empathie » in « carte d’empathie », and gives « d’empathie » the same pages', async () => {
    const urls = async (q: string) =>
      (await index.search(withoutElision(q))).map((r) => r.url).sort();
    const bare = await urls('empathie');
    expect(bare).toContain('/methodes/carte-d-empathie/');
    expect(await urls('d\u2019empathie')).toEqual(bare);
    expect(await urls("d'empathie")).toEqual(bare);
    // A page that writes the word only after an elided article is found by the bare word.
    const afterArticleOnly = (await index.search('empathie')).filter(
      (r) => !/(^|[^\p{L}'])empathie/iu.test(r.content),
    );
    expect(afterArticleOnly.length).toBeGreaterThan(0);
    expect(await urls('l\u2019usager')).toEqual(await urls('usager'));
  });

  it('finds with « ateliers » the pages that only say « atelier » (French stemming)', async () => {
    const plural = await index.search('ateliers');
    const onlySingular = plural.filter(
      (r) => /\batelier\b/i.test(r.content) && !/\bateliers\b/i.test(r.content),
    );
    expect(onlySingular.length).toBeGreaterThan(0);
    const singular = await index.search('atelier');
    expect(plural.map((r) => r.url).sort()).toEqual(singular.map((r) => r.url).sort());
  });

  it('filters by content type, phase, objective type and difficulty', async () => {
    expect(await index.search(null, { filters: { type: 'methode' } })).toHaveLength(methods.length);
    const explorer = methods.filter((m) => (m.data.phases as string[]).includes('explorer')).length;
    expect(await index.search(null, { filters: { phase: 'explorer' } })).toHaveLength(explorer);
    const inPerson = methods.filter((m) => m.data.modalite === 'en-presence').length;
    expect(await index.search(null, { filters: { modalite: 'en-presence' } })).toHaveLength(
      inPerson,
    );
    const confirmed = methods.filter((m) => m.data.difficulte === 'confirme').length;
    expect(await index.search(null, { filters: { difficulte: 'confirme' } })).toHaveLength(
      confirmed,
    );
    const projects = entries.filter(
      (e) => e.collection === 'projets' && e.data.objectif === 'ameliorer-politiques-publiques',
    ).length;
    expect(
      await index.search(null, {
        filters: { objectif: 'ameliorer-politiques-publiques' },
      }),
    ).toHaveLength(projects);
    const types = Object.keys((await index.filters()).type ?? {}).sort();
    // The values are the ids of the content-type facet, as in the search page's addresses.
    expect(types).toEqual(contentTypeFacet.options.map((o) => o.id).sort());
  });

  it('leaves the browser editor out (/admin/ has no data-pagefind-body)', async () => {
    const all = await index.search(null);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((r) => r.url.startsWith('/admin/'))).toEqual([]);
    expect((await index.search('chargement')).filter((r) => r.url.startsWith('/admin/'))).toEqual(
      [],
    );
  });

  it('does not index the menu, the footer or the breadcrumb', async () => {
    // « Région » is in the footer of every page and in the text of many: only the text is found.
    const results = await index.search('Région');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results)
      expect(result.content).not.toContain('Un laboratoire porté conjointement');
    const everything = await index.search(null, { filters: { type: 'methode' } });
    for (const result of everything.slice(0, 5)) {
      expect(result.content).not.toContain('Aller au contenu');
      expect(result.content).not.toContain('Mentions légales Accessibilité');
      expect(result.content).not.toContain('Accueil Méthodes');
    }
  });

  it('keeps a sheet’s facts panel out of the excerpts, where its terms and values ran together', async () => {
    const everything = await index.search(null, { filters: { type: 'methode' } });
    expect(everything.length).toBeGreaterThan(30);
    for (const result of everything)
      expect(result.content).not.toMatch(/Phase[A-ZÉ]|Durée\d|Difficulté[A-ZÉ]/);
  });

  it('gives each result its type and title', async () => {
    const [first] = await index.search('persona');
    expect(first?.url).toBe('/methodes/personas/');
    expect(first?.meta).toMatchObject({ type: 'méthode', title: 'Personas' });
    expect(first?.meta.summary).toMatch(/^Construire trois à cinq profils/);
  });
});

describe('French stemming, on a small index built like the site’s', () => {
  it('« usager » finds « usagers » and « ateliers » finds « atelier »', async () => {
    const { index: small } = await createIndex({});
    await small!.addHTMLFile({
      url: '/a/',
      content:
        '<html lang="fr"><body data-pagefind-body><h1>Accueil</h1><p>Les usagers du service.</p></body></html>',
    });
    await small!.addHTMLFile({
      url: '/b/',
      content:
        '<html lang="fr"><body data-pagefind-body><h1>Méthode</h1><p>Un atelier collectif.</p></body></html>',
    });
    const out = mkdtempSync(join(tmpdir(), 'tilab-pagefind-'));
    await small!.writeFiles({ outputPath: out });
    await close();
    const smallSearch = await loadPagefind(out);
    expect((await smallSearch.search('usager')).map((r) => r.url)).toEqual(['/a/']);
    expect((await smallSearch.search('ateliers')).map((r) => r.url)).toEqual(['/b/']);
  });
});
