import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, useBrowser, watchedPage } from '../support/browser.ts';
import { focused, tabUntil } from '../support/keyboard.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('search', () => {
  it('from the header box: « / » focuses it, Enter shows results, a result opens by keyboard', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/personas/`);
    const scriptsBefore = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/pagefind/')),
    );
    expect(scriptsBefore, 'no Pagefind file before the search is used').toEqual([]);
    await page.keyboard.press('/');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.type('entretien');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/recherche/?q=entretien`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-status').innerText()).toMatch(
      /^\d+ résultats? pour «\u202Fentretien\u202F»\.$/,
    );
    // A result: a sheet's own address (the menu's « Méthodes » link, /methodes/, comes first and must not count).
    const first = await tabUntil(
      page,
      (f) => f.tag === 'a' && /^\/methodes\/[a-z0-9-]+\/$/.test(f.href),
      120,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${first.href}`);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('Escape leaves the header box', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('abc');
    await page.keyboard.press('Escape');
    expect((await focused(page)).tag).toBe('body');
  });

  it('/recherche/?q=persona runs the query of the address, with highlighted excerpts and deep links', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=persona`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      '/methodes/personas/',
    );
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results .sub-results a[href*="#"]').count()).toBeGreaterThan(
      0,
    );
    expect(await page.inputValue('#q')).toBe('persona');
    const pagefindFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/pagefind/')),
    );
    expect(
      pagefindFiles.some((n) => n.endsWith('/pagefind/pagefind.js')),
      'the engine is loaded',
    ).toBe(true);
    expect(
      pagefindFiles.filter((n) => n.includes('worker')),
      'searches run on the page’s thread: no worker to download',
    ).toEqual([]);
    expect(watch.cspViolations, 'nor one refused by the policy').toEqual([]);
  });

  it('narrows the results with a filter, its counts shown', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=usager`);
    await page.waitForSelector('#search-results li');
    const all = await page.locator('#search-results > li').count();
    await page.getByText('Affiner les résultats', { exact: true }).click();
    const projectFilter = page.getByRole('checkbox', { name: /^Projet \(\d+\)$/ });
    const expected = Number(
      (await projectFilter.locator('xpath=..').innerText()).match(/\((\d+)\)/)![1],
    );
    await projectFilter.check();
    await page.waitForURL(/type=projet/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length === n,
      expected,
    );
    expect(expected).toBeLessThan(all);
    expect(new Set(await page.locator('#search-results .result-type').allInnerTexts())).toEqual(
      new Set(['projet']),
    );
    // Reloaded with the filter in the address, the filters stay unfolded and say how many are chosen.
    await page.reload();
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-filters-box').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#search-filters-box summary').innerText()).toBe(
      'Affiner les résultats (1 filtre choisi)',
    );
  });

  it('on a phone, shows the first result on the first screen, the filters folded until asked for', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/recherche/?q=atelier`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    const first = (await page.locator('#search-results h2 a').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThan(740);
    const filterFiles = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/pagefind/filter/')).length,
      );
    expect(
      await filterFiles(),
      'the filter index is not downloaded while the filters are folded',
    ).toBe(0);
    await page.locator('#search-filters-box summary').focus(); // the filters open from the keyboard too
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-filters input');
    expect(await page.getByRole('checkbox', { name: /^Méthode \(\d+\)$/ }).isVisible()).toBe(true);
    expect(await filterFiles()).toBeGreaterThan(0);
  });

  it('shows 10 results at first, then 10 more on demand', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=atelier`);
    await page.waitForSelector('#search-results li');
    const total = Number((await page.locator('#search-status').innerText()).match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.locator('#search-more').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length === n,
      Math.min(20, total),
    );
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.id),
    ).toBe('search-results');
  });

  it('asks for Pagefind’s engine with the page (preloads), and fetches each of its files once', async () => {
    const fresh = await chromium.browser.newContext();
    const page = await fresh.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pagefind/')) requested.push(url.pathname + url.search);
    });
    await page.goto(`${baseUrl}/recherche/?q=atelier`);
    await page.waitForSelector('#search-results li');
    const preloaded = await page
      .locator('head link[rel="preload"], head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const { languages } = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    expect(preloaded.sort()).toEqual(
      [
        '/pagefind/pagefind-entry.json?ts=tilab',
        '/pagefind/pagefind.js',
        `/pagefind/pagefind.${languages.fr!.hash}.pf_meta`,
        '/pagefind/wasm.fr.pagefind',
      ].sort(),
    );
    // Used, not fetched a second time by the engine (a preload that does not match its request is a double download).
    for (const href of preloaded)
      expect(
        requested.filter((path) => path === href),
        href,
      ).toHaveLength(1);
    expect(requested.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    await fresh.close();
  });

  it('loads the index of the words while they are typed on the search page, so that Enter needs no more of it', async () => {
    const fresh = await chromium.browser.newContext();
    const page = await fresh.newPage();
    const indexChunks: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/index/')) indexChunks.push(path);
    });
    await page.goto(`${baseUrl}/recherche/`);
    // One input event (as a paste would be): one preload, for the whole word.
    await page.locator('#q').fill('persona');
    await expect.poll(() => indexChunks.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // A word can span two chunks: wait until the preload has fetched all it needs (on a loaded
    // machine the second chunk can finish well after the first).
    let settled = -1;
    await expect
      .poll(
        () => {
          const stable = settled === indexChunks.length;
          settled = indexChunks.length;
          return stable;
        },
        { timeout: 10_000, interval: 1_000 },
      )
      .toBe(true);
    const whileTyping = indexChunks.length;
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      '/methodes/personas/',
    );
    expect(indexChunks).toHaveLength(whileTyping);
    await fresh.close();
  });

  it('says so and helps when nothing is found', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=xylophonique`);
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.startsWith('Aucun résultat'),
    );
    expect(await page.locator('#search-status a[href="/methodes/"]').count()).toBe(1);
  });

  it('shows the form without JavaScript, and explains what to do', async () => {
    const noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/recherche/?q=persona`);
    expect(await page.locator('#q').isVisible()).toBe(true);
    expect(await page.locator('#search-js-needed').isVisible()).toBe(true);
    await noScript.close();
  });

  it('has no accessibility violation with results and filters shown', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/?q=atelier`);
    await page.waitForSelector('#search-results li');
    await page.locator('#search-filters-box summary').click();
    await page.waitForSelector('#search-filters input');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
