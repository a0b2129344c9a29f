import { beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRanking } from '../../src/lib/search-engine.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';
import { loadPagefind, type NodePagefind } from '../support/pagefind-node.ts';

// The real index, ranked as the search page ranks it (src/lib/search-engine.ts).
let index: NodePagefind;
beforeAll(async () => {
  index = await loadPagefind('dist/pagefind', { ranking: searchRanking });
});
const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const firstResults: [query: string, first: string][] = [
  ['persona', '/methodes/personas/'],
  ['personas', '/methodes/personas/'],
  ['world café', '/methodes/world-cafe/'],
  ['world cafe', '/methodes/world-cafe/'],
  ['5 pourquoi', '/methodes/cinq-pourquoi/'],
  ['cinq pourquoi', '/methodes/cinq-pourquoi/'],
  ['carte d’empathie', '/methodes/carte-d-empathie/'],
  ['forum ouvert', '/methodes/forum-ouvert/'],
  ['théâtre forum', '/methodes/theatre-forum/'],
  ['brise-glace', '/methodes/brise-glace/'],
  ['blueprint', '/methodes/blueprint-de-service/'],
  ['storyboard', '/methodes/storyboard/'],
  ['journal de bord', '/methodes/journal-de-bord/'],
  ['plan de test', '/methodes/plan-de-test/'],
  ['test utilisateur', '/methodes/test-utilisateur/'],
  ['parcours usager', '/methodes/parcours-usager/'],
  ['vote à gommettes', '/methodes/vote-a-gommettes/'],
  ['design fiction', '/methodes/design-fiction/'],
  ['rétrospective', '/methodes/retrospective/'],
  ['jeu de rôle', '/methodes/jeu-de-role/'],
  ['comprendre mes usagers', '/parcours/comprendre-mes-usagers/'],
  ['animer un collectif', '/parcours/animer-un-collectif/'],
  // Legal and technical pages weigh less, but their title still finds them.
  ['mentions légales', '/mentions-legales/'],
  ['données personnelles', '/donnees-personnelles/'],
  // Their titles as written (« Déclaration d’accessibilité »): a word after an apostrophe is only
  // found alone with main's apostrophe handling (src/lib/french-elision.ts, branch work-24).
  ['déclaration d’accessibilité', '/accessibilite/'],
  ['déclaration d’écoconception', '/eco-conception/'],
  ['non conforme', '/accessibilite/'],
];

describe('search relevance', () => {
  it.each(firstResults)('« %s » gives %s first', async (query, first) => {
    expect((await index.search(query))[0]?.url).toBe(first);
  });

  it('« persona » lists the sheets that speak of personas before a legal page', async () => {
    const urls = (await index.search('persona')).map((r) => r.url);
    expect(urls.slice(0, 10)).not.toContain('/donnees-personnelles/');
    expect(urls.slice(0, 3).every((u) => u.startsWith('/methodes/'))).toBe(true);
  });

  it('the search page ranks as the table says', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=persona`);
    await page.waitForSelector('#search-results li');
    const hrefs = await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe('/methodes/personas/');
    expect(hrefs).not.toContain('/donnees-personnelles/');
  });
});
