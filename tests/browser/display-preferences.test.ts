import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  watchedPage,
} from '../support/browser.ts';
import { focused } from '../support/keyboard.ts';

// What a reader's own settings ask of every page template: zoom, forced colours, reduced motion, keyboard focus.

const baseUrl = inject('baseUrl');
const templates = [
  '/',
  '/le-ti-lab/budget/',
  '/methodes/',
  '/methodes/personas/',
  '/parcours/je-demarre-un-projet/',
  '/projets/labacces/',
  '/partenaires/',
  '/recherche/?q=atelier',
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('reader settings', () => {
  it.each(templates)(
    '%s stays readable with text zoomed to 200 percent, without horizontal scroll',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
      const { page } = await watchedPage(context);
      await page.goto(`${baseUrl}${path}`);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator('h1').isVisible()).toBe(true);
      await context.close();
    },
  );

  it.each(templates)('%s passes axe in forced colours (Windows high contrast)', async (path) => {
    const context = await browser.newContext({ forcedColors: 'active' });
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl}${path}`);
    if (path.startsWith('/recherche/')) await page.waitForSelector('#search-results li');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('respects reduced motion: no smooth scrolling, no animation', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'auto'],
      ['no-preference', 'smooth'],
    ] as const) {
      const context = await browser.newContext({ reducedMotion });
      const { page } = await watchedPage(context);
      await page.goto(`${baseUrl}/methodes/personas/`);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
        reducedMotion,
      ).toBe(expected);
      await context.close();
    }
  });

  it.each(['/', '/methodes/personas/', '/methodes/'])(
    '%s shows a visible focus on every element reached with Tab',
    async (path) => {
      const context = await browser.newContext();
      const { page } = await watchedPage(context);
      await page.goto(`${baseUrl}${path}`);
      const seen = new Set<string>();
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now.tag === 'body') break;
        const key = `${now.tag}|${now.href}|${now.text}|${now.value}`;
        if (seen.has(key) && i > 5) break;
        seen.add(key);
        expect(
          now.visibleFocus,
          `focus invisible sur <${now.tag}> « ${now.text} » ${now.href}`,
        ).toBe(true);
      }
      expect(seen.size).toBeGreaterThan(8);
      await context.close();
    },
  );
});
