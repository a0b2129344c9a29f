import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, describeViolations, useBrowser, watchedPage } from '../support/browser.ts';
import { focused } from '../support/keyboard.ts';
import {
  openPreparePage,
  parcoursList,
  plannerContext,
  stepTitles,
} from '../support/prepare-page.ts';

// « Préparer mon atelier » keeps ateliers in this browser (« Mes ateliers ») and never overwrites
// one: a link opened over an atelier in progress asks first (issue 23, items 2 and 3).

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const parcours = parcoursList[0]!;

const inProgress = '?v=1&m=brise-glace:20,vote-a-gommettes:15&debut=14:00&groupe=6&titre=Accueil';

const newContext = (options?: BrowserContextOptions) => plannerContext(chromium.browser, options);

const keptNames = (page: Page) => page.locator('.atelier-kept__name').allInnerTexts();
const header = (page: Page) => page.locator('.site-nav__atelier');
const keepButton = (page: Page) => page.getByRole('button', { name: 'Garder cet atelier' });

/** A browser with one atelier in progress, « Accueil », kept. */
async function withAtelierInProgress() {
  const context = await newContext();
  const { page } = await openPreparePage(context, inProgress);
  await keepButton(page).click();
  await expect.poll(() => keptNames(page)).toEqual(['Accueil']);
  await page.close();
  return context;
}

/** Opens the parcours's « Adapter ce parcours à mon atelier »: the planner's dialog, once shown. */
async function adaptParcours(context: BrowserContext) {
  const opened = await watchedPage(context);
  await opened.page.goto(`${baseUrl}/parcours/${parcours.id}/`);
  await opened.page.getByRole('link', { name: 'Adapter ce parcours à mon atelier' }).click();
  await opened.page.waitForURL(/\/atelier\/\?v=1&m=/);
  return opened;
}

const dialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Vous avez déjà un atelier en cours' });

async function parcoursTitles(page: Page) {
  const titles: string[] = [];
  for (const id of parcours.steps) {
    const response = await page.request.get(`${baseUrl}/atelier/fiches/${id}.json`);
    titles.push(((await response.json()) as { titre: string }).titre);
  }
  return titles;
}

describe('« Mes ateliers »: kept in this browser, never overwritten', () => {
  it('offers to keep an atelier opened from a shared link, and keeps it only when asked', async () => {
    const context = await newContext();
    const { page, watch } = await openPreparePage(context, inProgress);
    expect(await stepTitles(page)).toEqual(['Brise-glace', 'Vote à gommettes']);
    await keepButton(page).waitFor();
    expect(await page.locator('#atelier-kept-notice').innerText()).toContain(
      'il n’est pas gardé dans ce navigateur',
    );
    expect(await keptNames(page)).toEqual([]);
    expect(await header(page).isVisible()).toBe(false);
    // A change stays in the address only, until kept.
    await page.getByLabel('Nombre de participant·e·s').fill('8');
    await page.waitForURL(/groupe=8/);
    expect(await keptNames(page)).toEqual([]);

    await keepButton(page).click();
    await expect
      .poll(() => page.locator('#atelier-status').innerText())
      .toBe(
        'Atelier gardé dans ce navigateur\u202F: «\u202FAccueil\u202F», dans «\u202FMes ateliers\u202F».',
      );
    expect(await page.locator('#atelier-kept-notice').isVisible()).toBe(false);
    expect(await keptNames(page)).toEqual(['Accueil']);
    await expect.poll(() => header(page).innerText()).toBe('Mon atelier (2)');
    // Kept: the planner opens it again, without the offer, and the link still works elsewhere.
    await page.goto(`${baseUrl}/atelier/`);
    await page.locator('.atelier-step').first().waitFor();
    expect(await page.getByLabel('Nombre de participant·e·s').inputValue()).toBe('8');
    expect(await keepButton(page).count()).toBe(0);
    const elsewhere = await newContext();
    const { page: other } = await openPreparePage(elsewhere, new URL(page.url()).search);
    expect(await stepTitles(other)).toEqual(['Brise-glace', 'Vote à gommettes']);
    await elsewhere.close();
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('shows a second tab the atelier as it changes: the list, the header’s count and the planner', async () => {
    const context = await newContext();
    const { page: preparePage } = await openPreparePage(context, '');
    expect(await keptNames(preparePage)).toEqual([]);
    const { page: method } = await watchedPage(context);
    await method.goto(`${baseUrl}/methodes/personas/`);
    await method.getByRole('button', { name: 'Ajouter à mon atelier' }).click();
    // The planner's tab, left open, sees the new atelier without being reloaded.
    await expect.poll(() => preparePage.locator('.atelier-kept__item').count()).toBe(1);
    await expect.poll(() => header(preparePage).innerText()).toBe('Mon atelier (1)');
    await preparePage
      .locator('.atelier-kept__item')
      .getByRole('button', { name: /^Ouvrir/ })
      .click();
    await preparePage.locator('.atelier-step').first().waitFor();
    await method.goto(`${baseUrl}/methodes/carte-d-empathie/`);
    await method.getByRole('button', { name: 'Ajouter à mon atelier' }).click();
    await expect.poll(() => header(preparePage).innerText()).toBe('Mon atelier (2)');
    // The atelier it shows changed elsewhere: it says so, and shows the latest on request.
    await preparePage.getByRole('button', { name: 'Afficher sa dernière version' }).click();
    await expect.poll(() => stepTitles(preparePage)).toHaveLength(2);
    expect(await preparePage.locator('#atelier-kept-notice').isVisible()).toBe(false);
    await context.close();
  });

  it('lists the ateliers: rename, duplicate, delete, open', async () => {
    const context = await withAtelierInProgress();
    const { page, watch } = await openPreparePage(context, '');
    const item = (name: string) =>
      page.locator('.atelier-kept__item').filter({ has: page.getByText(name, { exact: true }) });

    // Rename, with the keyboard: focus comes back to the button.
    await item('Accueil')
      .getByRole('button', { name: /^Renommer/ })
      .click();
    const field = page.getByLabel('Nouveau nom de l’atelier');
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    await field.fill('Accueil, séance 1');
    await field.press('Enter');
    await expect.poll(() => keptNames(page)).toEqual(['Accueil, séance 1']);
    expect((await focused(page)).text).toBe('Renommer\u202F: «\u202FAccueil, séance 1\u202F»');
    await expect
      .poll(() => page.locator('#atelier-list-status').innerText())
      .toBe('Atelier renommé «\u202FAccueil, séance 1\u202F».');
    // Escape leaves the name as it was.
    await item('Accueil, séance 1')
      .getByRole('button', { name: /^Renommer/ })
      .click();
    await page.getByLabel('Nouveau nom de l’atelier').fill('Autre');
    await page.keyboard.press('Escape');
    await expect.poll(() => keptNames(page)).toEqual(['Accueil, séance 1']);

    await item('Accueil, séance 1')
      .getByRole('button', { name: /^Dupliquer/ })
      .click();
    await expect
      .poll(() => keptNames(page))
      .toEqual(['Accueil, séance 1 (copie)', 'Accueil, séance 1']);
    // The copy is not the atelier shown above: it opens on its own, with the same steps.
    await item('Accueil, séance 1 (copie)')
      .getByRole('button', { name: /^Ouvrir/ })
      .click();
    await page.locator('.atelier-kept__item[aria-current]').waitFor();
    expect(
      await page.locator('.atelier-kept__item[aria-current] .atelier-kept__name').innerText(),
    ).toBe('Accueil, séance 1 (copie)');
    expect(await stepTitles(page)).toEqual(['Brise-glace', 'Vote à gommettes']);
    // A change goes to the copy only.
    await page
      .locator('.atelier-step')
      .nth(1)
      .getByRole('button', { name: /^Retirer/ })
      .click();
    await page.reload();
    await page.locator('.atelier-step').first().waitFor();
    expect(await stepTitles(page)).toEqual(['Brise-glace']);
    await item('Accueil, séance 1')
      .getByRole('button', { name: /^Ouvrir/ })
      .click();
    await page.locator('.atelier-step').nth(1).waitFor();
    expect(await stepTitles(page)).toEqual(['Brise-glace', 'Vote à gommettes']);

    page.once('dialog', (question) => {
      expect(question.message()).toContain('«\u202FAccueil, séance 1 (copie)\u202F»');
      void question.accept();
    });
    await item('Accueil, séance 1 (copie)')
      .getByRole('button', { name: /^Supprimer/ })
      .click();
    await expect.poll(() => keptNames(page)).toEqual(['Accueil, séance 1']);
    expect((await focused(page)).text).toBe('Mes ateliers');
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('asks before a parcours lands over an atelier in progress; « Remplacer » replaces it', async () => {
    const context = await withAtelierInProgress();
    const { page, watch } = await adaptParcours(context);
    await dialog(page).waitFor();
    expect(await dialog(page).innerText()).toContain('«\u202FAccueil\u202F» compte 2 fiches');
    // Focus starts on the choice that loses nothing; the rest of the page is out of reach.
    expect((await focused(page)).text).toBe('Nouvel atelier');
    await dialog(page).getByRole('button', { name: 'Remplacer', exact: true }).click();
    await page.locator('#atelier-app:not([inert])').waitFor();
    expect(await stepTitles(page)).toEqual(await parcoursTitles(page));
    expect(await keptNames(page)).toEqual(['Accueil']);
    await expect
      .poll(() => page.locator('#atelier-status').innerText())
      .toContain('L’atelier «\u202FAccueil\u202F» a pris le contenu du lien.');
    await page.goto(`${baseUrl}/atelier/`);
    await page.locator('.atelier-step').first().waitFor();
    expect(await stepTitles(page)).toEqual(await parcoursTitles(page));
    expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
    await context.close();
  });

  it('« Ajouter à la suite » puts the parcours after the atelier in progress, which keeps its settings', async () => {
    const context = await withAtelierInProgress();
    const { page } = await adaptParcours(context);
    await dialog(page).getByRole('button', { name: 'Ajouter à la suite' }).click();
    await page.locator('#atelier-app:not([inert])').waitFor();
    expect(await stepTitles(page)).toEqual([
      'Brise-glace',
      'Vote à gommettes',
      ...(await parcoursTitles(page)),
    ]);
    expect(await page.getByLabel('Heure de début').inputValue()).toBe('14:00');
    expect(await page.getByLabel('Nombre de participant·e·s').inputValue()).toBe('6');
    expect(await keptNames(page)).toEqual(['Accueil']);
    await expect.poll(() => page.url()).toMatch(/m=brise-glace:20,vote-a-gommettes:15,/);
    await context.close();
  });

  it('« Nouvel atelier » keeps the parcours apart and leaves the atelier in progress as it was', async () => {
    const context = await withAtelierInProgress();
    const { page } = await adaptParcours(context);
    await dialog(page).getByRole('button', { name: 'Nouvel atelier' }).click();
    await page.locator('#atelier-app:not([inert])').waitFor();
    expect(await stepTitles(page)).toEqual(await parcoursTitles(page));
    const names = await keptNames(page);
    expect(names).toHaveLength(2);
    expect(names[1]).toBe('Accueil');
    expect(names[0]).toMatch(/^Atelier du \d/);
    await page
      .locator('.atelier-kept__item', { hasText: 'Accueil' })
      .getByRole('button', { name: /^Ouvrir/ })
      .click();
    await page.locator('.atelier-step').first().waitFor();
    expect(await stepTitles(page)).toEqual(['Brise-glace', 'Vote à gommettes']);
    await context.close();
  });

  it('Escape shows the parcours without keeping it or touching the atelier in progress', async () => {
    const context = await withAtelierInProgress();
    const { page } = await adaptParcours(context);
    await dialog(page).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#atelier-app:not([inert])').waitFor();
    expect(await dialog(page).count()).toBe(0);
    expect(await stepTitles(page)).toEqual(await parcoursTitles(page));
    await keepButton(page).waitFor();
    expect(await keptNames(page)).toEqual(['Accueil']);
    await expect.poll(() => header(page).innerText()).toBe('Mon atelier (2)');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`passes axe with the dialog open and with the list (${colorScheme})`, async () => {
      const context = await withAtelierInProgress();
      const { page, watch } = await adaptParcours(context);
      await page.emulateMedia({ colorScheme });
      await dialog(page).waitFor();
      let violations = await axeViolations(page);
      expect(violations, `dialogue : ${describeViolations(violations)}`).toEqual([]);
      await dialog(page).getByRole('button', { name: 'Nouvel atelier' }).click();
      await page.locator('.atelier-kept__item').nth(1).waitFor();
      await page
        .locator('.atelier-kept__item')
        .nth(1)
        .getByRole('button', { name: /^Renommer/ })
        .click();
      violations = await axeViolations(page);
      expect(violations, `liste : ${describeViolations(violations)}`).toEqual([]);
      expect(watch).toEqual({ consoleErrors: [], cspViolations: [], externalRequests: [] });
      await context.close();
    });

  it('without JavaScript, neither the list nor the question shows', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/atelier/${inProgress}`);
    expect(await page.locator('#atelier-kept').isVisible()).toBe(false);
    expect(await page.locator('#atelier-link-dialog').isVisible()).toBe(false);
    expect(await page.locator('#atelier-no-script').innerText()).toContain('nécessite JavaScript');
    await context.close();
  });
});
