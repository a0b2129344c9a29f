import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from '../support/browser.ts';
import { tabUntil } from '../support/keyboard.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('the lab’s own pages', () => {
  it('go home → Le Ti Lab → Objectifs → Budget with the keyboard alone', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/`);
    for (const [href, title] of [
      ['/le-ti-lab/', 'Le Ti Lab'],
      ['/le-ti-lab/objectifs/', 'Les cinq types d’objectifs'],
      ['/le-ti-lab/budget/', 'Budget et chiffres clés'],
    ] as const) {
      await tabUntil(page, (f) => f.tag === 'a' && f.href === href);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}${href}`);
      expect(await page.locator('h1').innerText()).toBe(title);
    }
  });

  it('offers a skip link first, which moves focus to the main content', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/le-ti-lab/`);
    const first = await tabUntil(page, () => true, 1);
    expect(first.text).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('shows in the budget chart exactly the figures of its table', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/le-ti-lab/budget/`);
    const chart = await page
      .locator('svg [data-bar]')
      .evaluateAll((bars) =>
        bars.map((b) => [b.getAttribute('data-bar'), Number(b.getAttribute('data-value'))]),
      );
    const table = await page
      .locator('table [data-row]')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-row'),
          Number((r.querySelector('td')?.textContent ?? '').replace(/[^\d]/g, '')),
        ]),
      );
    expect(chart).toEqual([
      ['fonctionnement', 428000],
      ['appels-a-projets', 1400000],
      ['avec-territoires', 2000000],
    ]);
    expect(table).toEqual(chart);
    // Bar lengths are proportional to the amounts.
    const widths = await page
      .locator('svg [data-bar] rect')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]! / widths[2]!).toBeCloseTo(428000 / 2000000, 1);
  });

  it('lists the five objective types with the seed’s sentences', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/le-ti-lab/objectifs/`);
    expect(await page.locator('.objectives > li').count()).toBe(5);
    expect(await page.locator('.objectives').innerText()).toContain(
      'afin d’autonomiser les services et les agent·e·s volontaires',
    );
  });

  it('says « à compléter par l’éditeur » for legal fields the lab has not supplied', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/mentions-legales/`);
    expect(await page.locator('.to-supply').first().innerText()).toBe('à compléter par l’éditeur');
  });

  it('answers an unknown address with the French 404 page and status', async () => {
    const { page } = await watchedPage(chromium.context);
    const response = await page.goto(`${baseUrl}/nulle-part/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page introuvable');
  });
});
