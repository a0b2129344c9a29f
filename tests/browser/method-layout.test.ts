import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { useBrowser, visitInTabs } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const methodIds = checkContent('content')
  .entries.filter((e) => e.collection === 'methodes')
  .map((e) => e.id);

/** The tallest vertical stretch of the reading column (the sheet minus its facts panel) with
 * nothing drawn in it, from the title to the last line, in CSS pixels. */
const tallestEmptyBand = (page: Page) =>
  page.locator('article.method').evaluate((article) => {
    const aside = article.querySelector('.method__aside');
    const drawn = [
      ...article.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, figure, table, pre, img, svg'),
    ]
      .filter((el) => !aside?.contains(el))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .sort((a, b) => a.top - b.top);
    let tallest = 0;
    let reached = drawn[0]?.bottom ?? 0;
    for (const rect of drawn) {
      tallest = Math.max(tallest, rect.top - reached);
      reached = Math.max(reached, rect.bottom);
    }
    return tallest;
  });

const pageTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('the sheet layout', () => {
  it('leaves no empty band taller than 160 px in the reading column at 1280 × 800', async () => {
    const wide = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const bands: Record<string, number> = {};
    await visitInTabs(wide, methodIds, async (page, id) => {
      await page.goto(`${baseUrl}/methodes/${id}/`);
      bands[id] = Math.round(await tallestEmptyBand(page));
    });
    await wide.close();
    const tooTall = Object.entries(bands).filter(([, band]) => band > 160);
    expect(tooTall).toEqual([]);
  });

  it('shows the facts within the first 900 px on a phone (360 × 800)', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 800 } });
    const late: [string, number][] = [];
    await visitInTabs(phone, methodIds, async (page, id) => {
      await page.goto(`${baseUrl}/methodes/${id}/`);
      // The five facts' values; the remote variant's explanation may follow them.
      const factsEnd = await page
        .locator('.method__aside .method-facts > dd:not(.method-facts__detail)')
        .evaluateAll((values) =>
          Math.max(...values.map((v) => v.getBoundingClientRect().bottom + window.scrollY)),
        );
      if (factsEnd > 900) late.push([id, Math.round(factsEnd)]);
      expect(await pageTop(page, '.method__aside'), id).toBeLessThan(
        await pageTop(page, '.method__body'),
      );
    });
    await phone.close();
    expect(late).toEqual([]);
  });
});
