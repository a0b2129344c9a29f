import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';
import { expect, inject } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import type { MethodFacts } from '../../src/lib/atelier/method-facts.ts';
import { watchedPage } from './browser.ts';

// What the tests of « Préparer mon atelier » (/atelier/) share: the parcours as content lists
// them, a sheet's facts as the planner reads them, the page opened and ready, the times it writes.

/** Every parcours, with its sheets' ids in the order of its steps. */
export const parcoursList = checkContent('content')
  .entries.filter((e) => e.collection === 'parcours')
  .map((e) => ({
    id: e.id,
    steps: (e.data as { etapes: { methode: { id: string } }[] }).etapes.map((s) => s.methode.id),
  }));

/** A sheet's facts, from the JSON the planner fetches. */
export async function methodFacts(id: string): Promise<MethodFacts> {
  const response = await fetch(`${inject('baseUrl')}/atelier/fiches/${id}.json`);
  expect(response.status, `/atelier/fiches/${id}.json`).toBe(200);
  return (await response.json()) as MethodFacts;
}

/** French clock text as the page writes it: « 9 h 30 », « 10 h ». */
export const clock = (minutes: number) => {
  const hours = Math.floor(minutes / 60) % 24;
  const rest = minutes % 60;
  return rest ? `${hours}\u00A0h\u00A0${String(rest).padStart(2, '0')}` : `${hours}\u00A0h`;
};

/** A title between French quotes, as the buttons' names write it. */
export const named = (title: string) => `«\u202F${title}\u202F»`;

/** A browser context with reduced motion: the site scrolls smoothly otherwise, and a click could land mid-scroll. */
export const plannerContext = (browser: Browser, options: BrowserContextOptions = {}) =>
  browser.newContext({ reducedMotion: 'reduce', ...options });

/** The planner opened on `query`, once usable (no longer inert: its atelier is loaded into its fields). */
export async function openPreparePage(context: BrowserContext, query: string) {
  const opened = await watchedPage(context);
  await opened.page.goto(`${inject('baseUrl')}/atelier/${query}`);
  await opened.page.locator('#atelier-app:not([inert])').waitFor();
  return opened;
}

export const stepTitles = (page: Page) => page.locator('.atelier-step__title').allInnerTexts();

/** Drags a step by its grip and drops it on `target`: near its top, or in its middle. */
export async function dragStep(
  page: Page,
  grip: Locator,
  target: Locator,
  at: 'top' | 'middle' | 'bottom',
) {
  await grip.scrollIntoViewIfNeeded();
  await grip.hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  const y = { top: 4, middle: box.height / 2, bottom: box.height - 5 }[at];
  await page.mouse.move(box.x + 20, box.y + y, { steps: 5 });
  await page.mouse.up();
}
