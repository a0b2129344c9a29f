import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunFacts } from '../../src/lib/atelier/run-facts.ts';
import type { MethodFacts } from '../../src/lib/atelier/method-facts.ts';
import { axeViolations, describeViolations, useBrowser, watchedPage } from '../support/browser.ts';

// « Animer la séance » (/atelier/animer/) in Chromium, on a clock the test moves itself
// (Playwright's page.clock): the countdown, pause, the warning near the end, the step after, the
// agenda re-timed when a step runs over, and axe on the running states.

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

/** Brise-glace 10 min, a 15-minute break, Carte d'empathie 45 min, from 9 h. */
const query = '?v=1&m=brise-glace:10,carte-d-empathie:45&pauses=1:15&debut=09:00';
const runUrl = `${baseUrl}/atelier/animer/${query}`;
const second = 1000;
const minute = 60 * second;

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function newContext(options: Parameters<typeof chromium.browser.newContext>[0] = {}) {
  return chromium.browser.newContext({ reducedMotion: 'reduce', ...options });
}

/** A page on a clock that only moves when the test says so. */
async function openRun(context: BrowserContext, { paused = true } = {}) {
  const opened = await watchedPage(context);
  await opened.page.clock.install({ time: new Date('2026-12-07T08:55:00Z') });
  await opened.page.goto(runUrl);
  await opened.page.locator('#run-app:not([hidden])').waitFor();
  // From here time stands still between the test's own steps (axe needs it to flow).
  if (paused) await opened.page.clock.pauseAt(new Date('2026-12-07T09:00:00Z'));
  return opened;
}

const clock = (page: Page) => page.locator('#run-clock').innerText();
const title = (page: Page) => page.locator('#run-step-title').innerText();
const urgency = (page: Page) => page.locator('.run-current').getAttribute('data-urgency');
/** What the live region says once its short delay (emptied, then filled) has passed. */
async function heard(page: Page) {
  await page.clock.runFor(100);
  return page.locator('#run-announcer').innerText();
}
const agendaTimes = (page: Page) => page.locator('.run-agenda__time').allInnerTexts();

describe('« Animer la séance »', () => {
  it('shows the first step large, with its summary, its steps and the step after', async () => {
    const [method, run] = await Promise.all([
      json<MethodFacts>('/atelier/fiches/brise-glace.json'),
      json<RunFacts>('/atelier/animer/fiches/brise-glace.json'),
    ]);
    expect(run.deroule.length, 'le déroulé de la fiche').toBeGreaterThan(2);
    const context = await newContext();
    const { page, watch } = await openRun(context);
    expect(await title(page)).toBe(method.titre);
    expect(await page.locator('#run-position').innerText()).toBe('Étape 1 sur 3');
    expect(await clock(page)).toBe('10:00');
    expect(await page.locator('#run-clock-state-text').innerText()).toBe('Pas encore commencée');
    expect(await page.locator('#run-summary').innerText()).toBe(run.resume);
    expect(await page.locator('#run-steps li').allInnerTexts()).toEqual(run.deroule);
    expect(await page.locator('#run-up-next').innerText()).toBe(
      'Ensuite\u202F: Pause, 15\u00A0min.',
    );
    expect(await agendaTimes(page)).toEqual([
      '9\u00A0h – 9\u00A0h\u00A010',
      '9\u00A0h\u00A010 – 9\u00A0h\u00A025',
      '9\u00A0h\u00A025 – 10\u00A0h\u00A010',
    ]);
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('counts down once started, stops while paused, warns near the end and past it, then moves on', async () => {
    const context = await newContext();
    const { page, watch } = await openRun(context);
    const toggle = page.locator('#run-toggle');
    await toggle.click();
    expect(await heard(page)).toContain('Étape 1 sur 3');
    expect(await toggle.innerText()).toBe('Mettre en pause');

    await page.clock.runFor(65 * second);
    expect(await clock(page)).toBe('8:55');
    expect(await urgency(page)).toBe('normal');

    // Paused, the countdown holds.
    await toggle.click();
    expect(await toggle.innerText()).toBe('Reprendre');
    await page.clock.runFor(5 * minute);
    expect(await clock(page)).toBe('8:55');
    expect(await page.locator('#run-clock-state-text').innerText()).toBe('En pause');
    await toggle.click();

    // The last two minutes: colour, mark and sentence, announced once.
    await page.clock.runFor(7 * minute);
    expect(await clock(page)).toBe('1:55');
    expect(await urgency(page)).toBe('ending');
    expect(await page.locator('#run-clock-state-text').innerText()).toBe(
      'Bientôt la fin de l’étape',
    );
    expect(await heard(page)).toContain('Plus que 2\u00A0min');
    expect(
      await page.locator('.run-clock__icon').evaluate((icon) => getComputedStyle(icon).display),
      'une marque visible, pas seulement une couleur',
    ).not.toBe('none');

    // Past its time: the step and everything after it move back.
    await page.clock.runFor(3 * minute);
    expect(await clock(page)).toBe('+1:05');
    expect(await urgency(page)).toBe('over');
    expect(await page.locator('#run-clock-label').innerText()).toBe('Dépassement');
    expect(await heard(page)).toContain('est dépassé');
    expect(await agendaTimes(page)).toEqual([
      '9\u00A0h – 9\u00A0h\u00A012',
      '9\u00A0h\u00A012 – 9\u00A0h\u00A027',
      '9\u00A0h\u00A027 – 10\u00A0h\u00A012',
    ]);
    expect(await page.locator('#run-drift').innerText()).toContain('2\u00A0min plus tard');

    // The next step follows, already running.
    await page.locator('#run-next').click();
    expect(await title(page)).toBe('Pause');
    expect(await clock(page)).toBe('15:00');
    expect(await heard(page)).toBe('Étape 2 sur 3\u202F: Pause, 15\u00A0min.');
    expect(await page.locator('#run-summary').innerText()).toBe(
      'Reprise prévue à 9\u00A0h\u00A027.',
    );
    expect(await page.locator('#run-up-next').innerText()).toContain('Carte d’empathie');
    await page.clock.runFor(30 * second);
    expect(await clock(page)).toBe('14:30');
    expect(await page.locator('.run-agenda__step--done').count()).toBe(1);
    expect(await page.locator('[aria-current="step"] .run-agenda__title').innerText()).toBe(
      'Pause',
    );

    // The countdown itself is not a live region: only the step changes are announced.
    expect(await page.locator('#run-clock').getAttribute('aria-live')).toBeNull();
    expect(await page.locator('#run-clock').getAttribute('role')).toBe('timer');
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('goes on after a reload, and ends after the last step', async () => {
    const context = await newContext();
    const { page } = await openRun(context);
    await page.locator('#run-toggle').click();
    await page.clock.runFor(3 * minute);
    await page.reload();
    await page.locator('#run-app:not([hidden])').waitFor();
    expect(await clock(page)).toBe('7:00');
    for (let i = 0; i < 3; i++) await page.locator('#run-next').click();
    expect(await title(page)).toContain('Séance terminée');
    expect(await page.locator('#run-toggle').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-step-title');
    await context.close();
  });

  it('works with the keyboard alone', async () => {
    const context = await newContext();
    const { page } = await openRun(context);
    await page.locator('#run-toggle').focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(10 * second);
    expect(await clock(page)).toBe('9:50');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-next');
    await page.keyboard.press('Space');
    expect(await title(page)).toBe('Pause');
    await context.close();
  });

  it('is opened from « Préparer mon atelier » with the atelier in progress', async () => {
    const context = await newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${baseUrl}/atelier/${query}`);
    await page.locator('.atelier-step').first().waitFor();
    // A shared link is kept only when asked: once kept, it is the atelier in progress.
    await page.getByRole('button', { name: 'Garder cet atelier' }).click();
    await page.getByRole('link', { name: 'Animer la séance' }).click();
    await page.waitForURL(/\/atelier\/animer\/$/);
    await page.locator('#run-app:not([hidden])').waitFor();
    expect(await page.locator('#run-position').innerText()).toBe('Étape 1 sur 3');
    expect(await page.locator('#run-back').getAttribute('href')).toBe(`/atelier/${query}`);
    await context.close();
  });

  it('without an atelier, says where to compose one', async () => {
    const context = await newContext();
    const { page, watch } = await watchedPage(context);
    await page.goto(`${baseUrl}/atelier/animer/`);
    await page.locator('#run-empty:not([hidden])').waitFor();
    expect(await page.locator('#run-app').isVisible()).toBe(false);
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`passes axe while running, near the end and past it (${colorScheme})`, async () => {
      const context = await newContext({
        colorScheme,
        viewport:
          colorScheme === 'light' ? { width: 360, height: 800 } : { width: 1280, height: 800 },
      });
      const { page, watch } = await openRun(context, { paused: false });
      await page.locator('#run-toggle').click();
      for (const [after, expected] of [
        [1 * minute, 'normal'],
        [8 * minute, 'ending'],
        [2 * minute, 'over'],
      ] as const) {
        await page.clock.fastForward(after);
        await expect.poll(() => urgency(page)).toBe(expected);
        const violations = await axeViolations(page);
        expect(violations, `${expected} : ${describeViolations(violations)}`).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'défilement horizontal').toBeLessThanOrEqual(0);
      }
      expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
      await context.close();
    });
});
