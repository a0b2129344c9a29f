import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { checkContent } from '../../../src/build/validation/check-content.ts';
import { paths } from '../../../src/lib/urls.ts';
import { canvasSheetCount, type CanvasData } from '../../../src/schemas/canvas.ts';
import { describeViolations } from '../../support/browser.ts';
import {
  firefoxAxeViolations,
  firefoxTabUntil,
  useFirefox,
  watchedFirefoxPage,
} from '../../support/firefox.ts';
import { methodsFitting } from '../../support/method-oracle.ts';
import { pdfPages, pdfText } from '../../support/poppler.ts';
import { templatePages } from '../../support/template-pages.ts';

// The journeys that matter, replayed in Debian's Firefox ESR: the browser many administrations
// give their agents. Kept short; the Chromium suite beside it goes into the details.

const baseUrl = inject('baseUrl');
const firefox = useFirefox('light');
const firefoxDark = useFirefox('dark');

const { entries } = checkContent('content');
const canvases = entries
  .filter((e) => e.collection === 'supports')
  .map((e) => ({ id: e.id, data: e.data as unknown as CanvasData }));

async function open(path: string, browser = firefox.browser) {
  const context = await browser.createBrowserContext();
  const opened = await watchedFirefoxPage(context);
  await opened.page.goto(`${baseUrl}${path}`);
  return { ...opened, close: () => context.close() };
}

const visibleMethods = (page: Page) =>
  page.$$eval('[data-method]', (cards) =>
    cards
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .map((c) => c.getAttribute('data-method'))
      .sort(),
  );

/** Clicks the link or button whose text is exactly `text` (what a reader reads on it). */
async function clickText(page: Page, selector: string, text: string) {
  const clicked = await page.$$eval(
    selector,
    (elements, wanted) => {
      const target = elements.find((e) => e.textContent?.trim() === wanted) as
        HTMLElement | undefined;
      target?.click();
      return Boolean(target);
    },
    text,
  );
  expect(clicked, `${selector} « ${text} »`).toBe(true);
}

describe('in Firefox ESR', () => {
  for (const [name, path] of Object.entries(templatePages))
    it(`loads ${name} (${path}) without console error or third-party request`, async () => {
      const { page, watch, close } = await open(path);
      expect(await page.$eval('html', (html) => html.lang)).toBe('fr');
      expect(await page.$$eval('h1', (h) => h.length)).toBe(1);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await close();
    });

  it('takes the keyboard: the skip link first, then the library’s filters, their count and their address', async () => {
    const { page, watch, close } = await open(paths.methods);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#contenu',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#contenu');
    await firefoxTabUntil(page, (f) => f.tag === 'input' && f.value === 'imaginer');
    await page.keyboard.press('Space');
    const imaginer = methodsFitting({ phase: 'imaginer' }).length;
    await page.waitForFunction(
      (n) => document.querySelector('#filter-count')?.textContent?.startsWith(`${n} fiches`),
      {},
      imaginer,
    );
    await page.waitForFunction(() => location.search === '?phase=imaginer');
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('filters the library by phase, time and group size, the address keeping the filters', async () => {
    const { page, close } = await open(paths.methods);
    await page.click('input[name="phase"][value="explorer"]');
    await page.type('#filter-minutes', '60');
    await page.type('#filter-personnes', '6');
    const expected = methodsFitting({ phase: 'explorer', minutes: 60, people: 6 });
    expect(expected.length).toBeGreaterThan(0);
    await page.waitForFunction(() => location.search === '?phase=explorer&minutes=60&personnes=6');
    expect(await visibleMethods(page)).toEqual(expected);
    // The address brings the same choice back.
    await page.goto(`${baseUrl}${paths.methods}?phase=explorer&minutes=60&personnes=6`);
    expect(await visibleMethods(page)).toEqual(expected);
    await close();
  });

  it('searches, then narrows the results with a filter', async () => {
    const { page, watch, close } = await open(`${paths.search}?q=usager`);
    await page.waitForSelector('#search-results li');
    const all = await page.$$eval('#search-results > li', (items) => items.length);
    await page.click('#search-filters-box summary');
    const projectFilter = await page.waitForSelector('input[name="type"][value="projet"]');
    await projectFilter!.click();
    await page.waitForFunction(() => location.search.includes('type=projet'));
    await page.waitForFunction(
      (before) => {
        const items = document.querySelectorAll('#search-results > li');
        return items.length > 0 && items.length < before;
      },
      {},
      all,
    );
    expect(
      new Set(
        await page.$$eval('#search-results .result-type', (t) => t.map((e) => e.textContent)),
      ),
    ).toEqual(new Set(['projet']));
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('prepares a workshop: adds a sheet, reorders by keyboard, shares the link, prints the pack', async () => {
    const { page, watch, close } = await open(paths.method('personas'));
    // Added in place: the page stays, the control then says the sheet is in the atelier.
    await page.waitForSelector('.atelier-add__button');
    await page.$eval('.atelier-add__button', (button) => (button as HTMLElement).click());
    await page.waitForSelector('.atelier-add__state');
    await page.goto(`${baseUrl}${paths.atelier}`);
    await page.waitForSelector('#atelier-app:not([inert]) .atelier-step');
    // A shared link, opened in a browser that keeps no atelier (over one, the planner asks first:
    // tests/browser/atelier-kept.test.ts).
    await page.evaluate(() => localStorage.clear());
    await page.goto(
      `${baseUrl}${paths.atelier}?v=1&m=brise-glace:15,carte-d-empathie:45,vote-a-gommettes:15`,
    );
    await page.waitForSelector('#atelier-app:not([inert]) .atelier-step');
    const titles = () => page.$$eval('.atelier-step__title', (t) => t.map((e) => e.textContent));
    const [first, second, third] = await titles();
    await firefoxTabUntil(page, (f) => f.tag === 'button' && f.text.startsWith('Descendre'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('.atelier-step__title')]
          .map((e) => e.textContent)
          .join('|') === expected,
      {},
      [second, first, third].join('|'),
    );
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /^Descendre/,
    );
    const link = await page.$eval('#atelier-lien', (input) => (input as HTMLInputElement).value);
    expect(link).toContain('m=carte-d-empathie:45,brise-glace:15,vote-a-gommettes:15');

    // The shared link, opened elsewhere, gives the same session.
    const other = await open(new URL(link).pathname + new URL(link).search);
    await other.page.waitForSelector('#atelier-app:not([inert]) .atelier-step');
    expect(
      await other.page.$$eval('.atelier-step__title', (t) => t.map((e) => e.textContent)),
    ).toEqual([second, first, third]);
    await other.close();

    // « Imprimer l’atelier » gathers the sheets, then calls the browser's print.
    await page.evaluate(
      () => (window.print = () => document.body.setAttribute('data-printed', '')),
    );
    await clickText(page, 'button', 'Imprimer l’atelier');
    await page.waitForSelector('body[data-printed]');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPages(pdf);
    // The agenda, then each of the three sheets from a new page, then their canvases.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const text = pdfText(pdf);
    for (const title of [first, second, third]) expect(text).toContain(title);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('prints a canvas alone on one page per sheet, in its orientation', async () => {
    const chosen = ['portrait', 'paysage'].map((orientation) =>
      canvases.find((c) => c.data.orientation === orientation)!,
    );
    for (const { id, data } of chosen) {
      const { page, watch, close } = await open(paths.methodCanvas(id));
      const pdf = await page.pdf({
        format: data.format,
        landscape: data.orientation === 'paysage',
      });
      const pages = pdfPages(pdf);
      expect(pages, id).toHaveLength(canvasSheetCount(data));
      const landscape = pages[0]!.width > pages[0]!.height;
      expect(landscape, id).toBe(data.orientation === 'paysage');
      expect(pdfText(pdf)).toContain(data.zones[0]!.titre);
      expect(watch.consoleErrors).toEqual([]);
      await close();
    }
  });

  for (const [scheme, browser] of [
    ['light', () => firefox.browser],
    ['dark', () => firefoxDark.browser],
  ] as const)
    it(`passes axe on the home page, a sheet and the library (${scheme})`, async () => {
      for (const path of [paths.home, paths.method('personas'), paths.methods]) {
        const { page, close } = await open(path, browser());
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          scheme === 'dark',
        );
        const violations = await firefoxAxeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await close();
      }
    });
});
