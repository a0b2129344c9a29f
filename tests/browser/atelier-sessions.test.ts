import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Locator } from 'playwright-core';
import { axeViolations, describeViolations, useBrowser, watchedPage } from '../support/browser.ts';
import {
  clock,
  dragStep,
  methodFacts,
  named,
  openPreparePage,
  parcoursList,
  plannerContext,
} from '../support/prepare-page.ts';

// « Préparer mon atelier » with several sessions (séances): a parcours over weeks, a session
// that runs past its time, splitting and merging, and running one session of several.

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const multiWeek = parcoursList.find((p) => p.id === 'je-demarre-un-projet')!;
const multiWeekMethods = multiWeek.steps;

const facts = methodFacts;
const newContext = (options?: BrowserContextOptions) => plannerContext(chromium.browser, options);

const sessions = (scope: { locator: (s: string) => Locator }) => scope.locator('.atelier-session');
const titlesIn = (session: Locator) => session.locator('.atelier-step__title').allInnerTexts();

/** Two sessions: the second (world café, 90 min) has 60 min available. */
const overrunning =
  '?v=2&m=brise-glace:15,carte-d-empathie:45&debut=09:00&temps=60&m2=world-cafe:90&debut2=14:00&temps2=60';

describe('« Préparer mon atelier » in several sessions', () => {
  it('opens « Je démarre un projet », a workshop per step over weeks, as one session per workshop, each with its times', async () => {
    const methods = await Promise.all(multiWeekMethods.map(facts));
    const context = await newContext();
    const { page, watch } = await watchedPage(context);
    await page.goto(`${baseUrl}/parcours/${multiWeek.id}/`);
    expect(await page.locator('.kicker').innerText()).toContain(
      `en ${methods.length}\u00A0séances`,
    );
    await page.getByRole('link', { name: 'Adapter ce parcours à mon atelier' }).click();
    await page.waitForURL(/\/atelier\/\?v=2&m=/);
    await page.locator('.atelier-step').first().waitFor();
    expect(await sessions(page).count()).toBe(methods.length);
    for (const [index, method] of methods.entries()) {
      const session = sessions(page).nth(index);
      expect(await session.getByRole('heading', { level: 3 }).innerText()).toBe(
        `Séance ${index + 1} sur ${methods.length}`,
      );
      expect(await titlesIn(session)).toEqual([method.titre]);
      // Each session starts at its own time (9 h by default), not where the previous one ended.
      expect(await session.locator('.atelier-step__time').innerText()).toBe(
        `${clock(540)} – ${clock(540 + method.duree.min)}`,
      );
      expect(await session.locator('[data-total]').innerText()).toContain(
        `Fin à ${clock(540 + method.duree.min)}`,
      );
      // The entry shows its sheet's phases, each with its pictogram from the sprite.
      const phases = session.locator('.atelier-step__facts .phase');
      expect(
        await phases.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['phase'])),
      ).toEqual(method.phases);
      expect(
        await phases
          .locator('svg use')
          .evaluateAll((uses) => uses.map((u) => u.getAttribute('href'))),
      ).toEqual(method.phases.map((phase) => `/pictogrammes.svg#phase-${phase}`));
    }
    expect(await page.locator('#atelier-summary').innerText()).toMatch(
      new RegExp(`^${methods.length} séances, .+ en tout\\.$`),
    );
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('warns when one session runs past its time available, in that session, until it fits', async () => {
    const context = await newContext();
    const { page, watch } = await openPreparePage(context, overrunning);
    const [first, second] = [sessions(page).nth(0), sessions(page).nth(1)];
    expect(await first.locator('[data-session-warnings] li').allInnerTexts()).toEqual([]);
    expect(await second.locator('[data-session-warnings] li').allInnerTexts()).toEqual([
      'Attention\u202F: La séance 2 dure 1\u00A0h\u00A030, soit 30\u00A0min de plus que les 1\u00A0h prévues.',
    ]);
    expect(await second.locator('.atelier-step__time').innerText()).toBe(
      `${clock(840)} – ${clock(930)}`,
    );
    await second.getByLabel('Temps disponible').fill('90');
    await expect.poll(() => second.locator('[data-session-warnings] li').count()).toBe(0);
    expect(page.url()).toContain('&temps2=90');
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('splits an atelier into sessions, moves a step across them and merges them back', async () => {
    const context = await newContext();
    const { page, watch } = await openPreparePage(
      context,
      '?v=1&m=brise-glace:15,carte-d-empathie:45,vote-a-gommettes:15&debut=13:30',
    );
    const [briseGlace, carte] = await Promise.all([
      facts('brise-glace'),
      facts('carte-d-empathie'),
    ]);
    expect(await sessions(page).count()).toBe(1);
    await page
      .getByRole('button', { name: `Commencer une nouvelle séance ici ${named(carte.titre)}` })
      .click();
    await expect.poll(() => sessions(page).count()).toBe(2);
    expect(await titlesIn(sessions(page).nth(0))).toEqual([briseGlace.titre]);
    expect(await titlesIn(sessions(page).nth(1))).toEqual([carte.titre, 'Vote à gommettes']);
    // The new session starts at the same time of day, another day as a rule.
    expect(await sessions(page).nth(1).locator('.atelier-step__time').first().innerText()).toBe(
      `${clock(810)} – ${clock(855)}`,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Séance 2 sur 2');
    expect(page.url()).toContain('?v=2&m=brise-glace:15&debut=13:30&m2=carte-d-empathie:45');
    // « Monter » on a session's first step takes it to the end of the previous session.
    await sessions(page)
      .nth(1)
      .getByRole('button', { name: `Monter ${named(carte.titre)}` })
      .click();
    await expect
      .poll(() => titlesIn(sessions(page).nth(0)))
      .toEqual([briseGlace.titre, carte.titre]);
    await expect
      .poll(() => page.locator('#atelier-status').innerText())
      .toBe(`${named(carte.titre)} déplacée dans la séance 1, en position 2 sur 2.`);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      `Monter ${named(carte.titre)}`,
    );
    await page.getByRole('button', { name: 'Réunir à la séance précédente (séance 2)' }).click();
    await expect.poll(() => sessions(page).count()).toBe(1);
    expect(await titlesIn(sessions(page).nth(0))).toEqual([
      briseGlace.titre,
      carte.titre,
      'Vote à gommettes',
    ]);
    expect(new URL(page.url()).search).toBe(
      '?v=1&m=brise-glace:15,carte-d-empathie:45,vote-a-gommettes:15&debut=13:30',
    );
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('drags a step into an empty session between two others, and back, by its grip', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPreparePage(
      context,
      '?v=2&m=brise-glace:15,carte-d-empathie:45&debut=09:00&m2=&debut2=14:00&m3=vote-a-gommettes:15&debut3=09:00',
    );
    const [briseGlace, carte] = await Promise.all([
      facts('brise-glace'),
      facts('carte-d-empathie'),
    ]);
    const drag = (grip: Locator, target: Locator, at: 'top' | 'middle') =>
      dragStep(page, grip, target, at);
    const gripOf = (title: string) =>
      page.locator('.atelier-step', { hasText: title }).locator('[data-grip]');
    const empty = sessions(page).nth(1).locator('[data-session-empty]');
    await expect.poll(() => empty.isVisible()).toBe(true);
    await drag(gripOf(carte.titre), empty, 'middle');
    await expect.poll(() => titlesIn(sessions(page).nth(1))).toEqual([carte.titre]);
    expect(page.url()).toContain('m=brise-glace:15&debut=09:00&m2=carte-d-empathie:45');
    await expect
      .poll(() => page.locator('#atelier-status').innerText())
      .toBe(`${named(carte.titre)} déplacée dans la séance 2, en position 1 sur 1.`);
    // Back to the first session, before its first step: the second is empty again.
    await drag(gripOf(carte.titre), page.locator('.atelier-step').first(), 'top');
    await expect
      .poll(() => titlesIn(sessions(page).nth(0)))
      .toEqual([carte.titre, briseGlace.titre]);
    await expect.poll(() => empty.isVisible()).toBe(true);
    await context.close();
  });

  it('« Animer la séance » asks which session to run, then runs that one', async () => {
    const context = await newContext();
    const { page, watch } = await watchedPage(context);
    await page.goto(`${baseUrl}/atelier/animer/${overrunning}`);
    const choices = page.locator('#run-choose-list a');
    await choices.first().waitFor();
    expect(await choices.allInnerTexts()).toEqual([
      `Séance 1\u202F: ${clock(540)} – ${clock(600)}, 2 étapes`,
      `Séance 2\u202F: ${clock(840)} – ${clock(930)}, 1 étape`,
    ]);
    await choices.nth(1).click();
    await page.locator('#run-app:not([hidden])').waitFor();
    expect(await page.locator('h1').innerText()).toBe('Animer la séance 2');
    expect(await page.locator('#run-step-title').innerText()).toBe('World café');
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`passes axe with several sessions (${colorScheme})`, async () => {
      for (const width of [360, 1280]) {
        const context = await newContext({ colorScheme, viewport: { width, height: 800 } });
        const { page } = await openPreparePage(context, `${overrunning}&groupe=40&seance2=Mardi`);
        await page.locator('.atelier-session').nth(1).waitFor();
        const violations = await axeViolations(page);
        expect(violations, `${width} px : ${describeViolations(violations)}`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'défilement horizontal').toBeLessThanOrEqual(0);
        await context.close();
      }
    });
});
