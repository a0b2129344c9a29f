import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phaseIds } from '../../src/vocabulary/phases.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';

// Issue 22: the phases' colours and pictograms, the library and the home page on a phone.
const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const pageTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('the phases’ identity', () => {
  it('gives each phase its own colour and pictogram on its library cards, its name written beside them', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    const seen = await page.evaluate((ids) => {
      return ids.map((phase) => {
        const card = document.querySelector<HTMLElement>(`.method-card[data-phase="${phase}"]`);
        const mark = card?.querySelector<HTMLElement>(`.phase[data-phase="${phase}"]`);
        const icon = mark?.querySelector('svg');
        return {
          phase,
          edge: card ? getComputedStyle(card).borderTopColor : null,
          iconColour: icon ? getComputedStyle(icon).color : null,
          iconSymbol: icon?.querySelector('use')?.getAttribute('href')?.split('#')[1] ?? null,
          iconHidden: icon?.getAttribute('aria-hidden') ?? null,
          name: mark?.textContent?.trim() ?? null,
        };
      });
    }, phaseIds);
    for (const card of seen) {
      expect(card.edge, card.phase).toBeTruthy();
      expect(card.iconColour, card.phase).toBe(card.edge);
      expect(card.iconSymbol).toBe(`phase-${card.phase}`);
      expect(card.iconHidden).toBe('true');
      expect(card.name?.length, card.phase).toBeGreaterThan(3);
    }
    expect(new Set(seen.map((c) => c.edge)).size).toBe(phaseIds.length);
    expect(new Set(seen.map((c) => c.iconSymbol)).size).toBe(phaseIds.length);
    // The sprite the pictograms come from has a drawing for each.
    const sprite = await (await page.request.get(`${baseUrl}/pictogrammes.svg`)).text();
    for (const phase of phaseIds) expect(sprite).toContain(`id="phase-${phase}"`);
  });
});

describe('the library on a phone (360 × 800)', () => {
  it('shows its first card within the first 1,000 px, the filters folded behind « Filtrer · n »', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${baseUrl}/methodes/?phase=explorer&phase=imaginer`);
    const fold = page.locator('#method-filters-fold');
    await expect.poll(() => fold.isVisible()).toBe(true);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // « · 2 » shown, « filtres choisis » for assistive technologies.
    expect(await fold.locator('summary').innerText()).toMatch(/^Filtrer\s·\s2\s+filtres choisis$/);
    expect(await pageTop(page, '.method-card:not([hidden])')).toBeLessThanOrEqual(1000);
    await page.goto(`${baseUrl}/methodes/`);
    expect(await pageTop(page, '.method-card')).toBeLessThanOrEqual(1000);
    await fold.locator('summary').click();
    expect(await page.locator('#method-filters').isVisible()).toBe(true);
  });
});

describe('the home page', () => {
  for (const width of [360, 1280]) {
    it(`offers « Trouver une méthode » and « Préparer un atelier » on its first screen at ${width} px`, async () => {
      const { page } = await watchedPage(chromium.context);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${baseUrl}/`);
      const actions: [string, string][] = [
        ['Trouver une méthode', '/methodes/'],
        ['Préparer un atelier', '/atelier/'],
      ];
      for (const [name, href] of actions) {
        const action = page.getByRole('link', { name, exact: true });
        expect(await action.getAttribute('href')).toBe(href);
        const box = await action.boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      }
    });
  }
});
