import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  watchedPage,
  type PageWatch,
} from '../support/browser.ts';
import { sitemapPaths } from '../support/sitemap.ts';

// Every URL of the sitemap, in light and dark schemes: accessibility, one h1, no error, nothing leaving 127.0.0.1.

const baseUrl = inject('baseUrl');
const paths = sitemapPaths();
const titles = new Map<string, string>();
let browser: Browser;
const schemes = ['light', 'dark'] as const;
const tabs = new Map<(typeof schemes)[number], { page: Page; watch: PageWatch }>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const colorScheme of schemes) {
    // Light on a 360 px phone, dark on a wide screen.
    const viewport =
      colorScheme === 'light' ? { width: 360, height: 800 } : { width: 1280, height: 800 };
    tabs.set(
      colorScheme,
      await watchedPage(
        await browser.newContext({ colorScheme, viewport, reducedMotion: 'reduce' }),
      ),
    );
  }
});
afterAll(async () => browser?.close());

async function checkPage(path: string, colorScheme: (typeof schemes)[number]) {
  const { page, watch } = tabs.get(colorScheme)!;
  for (const list of Object.values(watch)) list.length = 0;
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status()).toBe(200);
  const violations = await axeViolations(page);
  expect(violations, `${colorScheme}: ${describeViolations(violations)}`).toEqual([]);
  if (colorScheme === 'light') {
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const title = await page.title();
    expect(titles.get(title), `titre « ${title} » déjà utilisé`).toBeUndefined();
    titles.set(title, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'défilement horizontal à 360 px').toBeLessThanOrEqual(0);
  }
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.externalRequests).toEqual([]);
}

describe('every page of the sitemap', () => {
  it('lists the site’s pages', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/methodes/');
    expect(paths.length).toBeGreaterThan(50);
  });

  for (const path of paths) {
    it(`${path} passes axe (light at 360 px, dark), one h1, unique title, no horizontal scroll, no error, no third-party request`, async () => {
      // The two schemes in their own tabs at once: the test waits on Chromium, which has both cores.
      await Promise.all(schemes.map((colorScheme) => checkPage(path, colorScheme)));
    });
  }
});
