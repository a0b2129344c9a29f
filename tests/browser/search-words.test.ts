import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from '../support/browser.ts';
import { loadPagefind } from '../support/pagefind-node.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

async function resultLinks(query: string): Promise<{ hrefs: string[]; text: string }> {
  const { page } = await watchedPage(chromium.context);
  await page.goto(`${baseUrl}/recherche/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results li');
  while ((await page.locator('#search-more:not([hidden])').count()) > 0) {
    const n = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction(
      (before) => document.querySelectorAll('#search-results > li').length > before,
      n,
    );
  }
  expect(
    await page.locator('#search-more').isVisible(),
    'no « more » button once all are shown',
  ).toBe(false);
  return {
    hrefs: await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
    text: await page.locator('#search-results').innerText(),
  };
}

describe('words after an apostrophe', () => {
  it('the index finds « empathie » in every page that writes « d’empathie »', async () => {
    const index = await loadPagefind('dist/pagefind');
    const elided = (await index.search('dempathie')).map((r) => r.url);
    const bare = (await index.search('empathie')).map((r) => r.url);
    expect(elided.length).toBeGreaterThan(2);
    expect(bare).toEqual(expect.arrayContaining(elided));
  });

  it.each([
    ['empathie', 'd’empathie'],
    ['empathie', "d'empathie"],
    ['usager', 'l’usager'],
  ])('« %s » and « %s » give the same pages, written with the site’s apostrophe', async (a, b) => {
    const bare = await resultLinks(a);
    const elided = await resultLinks(b);
    expect(bare.hrefs.length).toBeGreaterThan(2);
    expect(elided.hrefs).toEqual(bare.hrefs);
    expect(bare.text).toContain('’');
    expect(bare.text, 'no ASCII apostrophe between letters in the results').not.toMatch(
      /\p{L}'\p{L}/u,
    );
  });
});
