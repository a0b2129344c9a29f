import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, useBrowser, watchedPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

interface Method {
  url: string;
  duree: { min: number; max: number };
  participants: { min: number; max: number };
  modalite: string;
}
// The open data, not the page, says whether a sheet fits.
const methods = (
  JSON.parse(readFileSync('dist/donnees/methodes.json', 'utf8')) as { donnees: Method[] }
).donnees;
const methodAt = (href: string) => methods.find((s) => new URL(s.url).pathname === href);

const situations = [
  {
    query: '1 h 30 pour 20 personnes',
    chips: ['≤ 1 h 30', '20 personnes'],
    fits: (s: Method) => s.duree.min <= 90 && s.participants.min <= 20 && 20 <= s.participants.max,
  },
  {
    query: '45 minutes à distance',
    chips: ['≤ 45 min', 'À distance'],
    fits: (s: Method) => s.duree.min <= 45 && s.modalite !== 'en-presence',
  },
];

describe('a search that reads a situation', () => {
  it.each(situations)('« $query » lists the sheets that fit, its filters as chips', async (s) => {
    const { page, watch } = await watchedPage(chromium.context);
    // As the header box sends it.
    await page.goto(`${baseUrl}/recherche/?q=${encodeURIComponent(s.query)}`);
    await page.waitForSelector('#search-results li');
    const chipTexts = (await page.locator('#search-chips button').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(chipTexts).toEqual(s.chips.map((c) => `Retirer le filtre ${c} ✕`));
    expect(await page.inputValue('#q'), 'no words left to search').toBe('');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    const hrefs = await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      const method = methodAt(href);
      expect(method, `${href} is a sheet`).toBeDefined();
      expect(s.fits(method!), `${href} fits « ${s.query} »`).toBe(true);
    }
    const expected = methods.filter(s.fits).length;
    expect(await page.locator('#search-status').innerText()).toBe(
      `${expected} fiches correspondent à ces filtres.`,
    );
    if (expected <= 10)
      expect(await page.locator('#search-more').isVisible(), 'no « more » button').toBe(false);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Removing a chip widens the list, by keyboard, the focus kept on the chips.
    await page.locator('#search-chips button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('#search-chips button').length === 1,
    );
    await page.waitForFunction(
      (n) => !document.querySelector('#search-status')!.textContent!.startsWith(`${n} `),
      expected,
    );
    expect(
      await page.evaluate(() => document.activeElement?.closest('#search-chips') !== null),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('#search-chips')!.hasAttribute('hidden'),
    );
    expect(await page.locator('#search-chips').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });

  it('searches the other words within the filters', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/recherche/`);
    await page.fill('#q', 'idées en 1 h');
    await page.press('#q', 'Enter');
    await page.waitForURL(/minutes=60/);
    await page.waitForSelector('#search-results li');
    expect(await page.inputValue('#q')).toBe('idées');
    const hrefs = await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(methodAt(href)!.duree.min).toBeLessThanOrEqual(60);
  });
});
