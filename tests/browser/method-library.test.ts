import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';
import { tabUntil } from '../support/keyboard.ts';
import { contentMethods, methodsFitting } from '../support/method-oracle.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const methods = contentMethods;

const visibleMethods = (page: Page) =>
  page
    .locator('[data-method]:visible')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-method')).sort());
const count = (page: Page) => page.locator('#filter-count').innerText();

describe('the method library', () => {
  it('filters by modality (« en présence » or « à distance »), and a sheet says how to run it remotely', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    await page.getByRole('checkbox', { name: 'En présence', exact: true }).check();
    const inPerson = methods.filter((s) => s.data.modalite === 'en-presence').map((s) => s.id);
    expect(inPerson.length).toBeGreaterThan(0);
    expect(await visibleMethods(page)).toEqual(inPerson.sort());
    expect(page.url()).toBe(`${baseUrl}/methodes/?modalite=en-presence`);
    const remote = methods.find((s) => s.data.modalite === 'les-deux')!;
    await page.goto(`${baseUrl}/methodes/${remote.id}/`);
    const facts = page.locator('.method-facts');
    expect(await facts.innerText()).toContain('En présence ou à distance');
    expect(await facts.locator('.method-facts__detail').innerText()).toContain(
      remote.data.a_distance!.slice(0, 20),
    );
  });

  it('filters by phase, time and group size, and shows exactly the matching sheets', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    await page.getByRole('checkbox', { name: 'Explorer' }).check();
    await page.getByLabel('J’ai… minutes').fill('60');
    await page.getByLabel('Nous sommes… personnes').fill('6');
    // The oracle, written out plainly from the content.
    const expected = methodsFitting({ phase: 'explorer', minutes: 60, people: 6 });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(methods.length);
    expect(await visibleMethods(page)).toEqual(expected);
    expect(await count(page)).toBe(
      `${expected.length} fiche${expected.length > 1 ? 's correspondent' : ' correspond'} à ces critères.`,
    );
    expect(page.url()).toBe(`${baseUrl}/methodes/?phase=explorer&minutes=60&personnes=6`);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('keeps the filters on reload and restores the previous ones with the back button', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/?phase=animer`);
    const animer = await visibleMethods(page);
    expect(animer.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Confirmé' }).check();
    await page.waitForURL(/difficulte=confirme/);
    const narrowed = await visibleMethods(page);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Confirmé' }).isChecked()).toBe(true);
    expect(await visibleMethods(page)).toEqual(narrowed);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/methodes/?phase=animer`);
    expect(await page.getByRole('checkbox', { name: 'Confirmé' }).isChecked()).toBe(false);
    expect(await visibleMethods(page)).toEqual(animer);
  });

  it('can be filtered with the keyboard alone, the count announced in a live region', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    await tabUntil(page, (f) => f.tag === 'input' && f.value === 'imaginer', 200);
    await page.keyboard.press('Space');
    // An <output>: a status for assistive technologies, without a redundant role attribute.
    expect(await page.getByRole('status').and(page.locator('#filter-count')).count()).toBe(1);
    const imaginer = methodsFitting({ phase: 'imaginer' }).length;
    expect(await count(page)).toBe(`${imaginer} fiches correspondent à ces critères.`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('40');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Effacer les filtres');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-method]:not([hidden])').length > 30,
    );
    expect(await visibleMethods(page)).toHaveLength(methods.length);
  });

  it('lists every sheet, grouped by phase, without JavaScript', async () => {
    const noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}/methodes/`);
    expect(await page.locator('#method-filters').isVisible()).toBe(false);
    expect(await visibleMethods(page)).toEqual(methods.map((s) => s.id).sort());
    expect(await page.locator('[data-phase-group] h2').allInnerTexts()).toContain('Explorer');
    await noScript.close();
  });

  it('prints a sheet without navigation, with its address', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/personas/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.print-url').innerText()).toContain('/methodes/personas/');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  it('shows related methods both ways', async () => {
    const { page } = await watchedPage(chromium.context);
    const [listing] = methods.filter(
      (s) =>
        ((s.data as unknown as { methodes_liees: { id: string }[] }).methodes_liees ?? []).length >
        0,
    );
    const target = (listing!.data as unknown as { methodes_liees: { id: string }[] })
      .methodes_liees[0]!.id;
    await page.goto(`${baseUrl}/methodes/${target}/`);
    expect(
      await page
        .locator('section[aria-labelledby="liees"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toContain(`/methodes/${listing!.id}/`);
  });

  it('gathers every sheet in the booklet, one per printed page', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/livret/`);
    expect(await page.locator('.booklet-sheet').count()).toBe(methods.length);
    expect(await page.locator('.booklet-toc a').count()).toBe(methods.length);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.booklet-sheet')
        .first()
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
  });

  it('prints the sheets the filters show: the library’s booklet link carries them, the booklet keeps only those', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    const link = page.locator('#booklet-link');
    expect(await link.isVisible(), 'no selection to print before a filter').toBe(false);
    await page.getByRole('checkbox', { name: 'Explorer' }).check();
    await page.getByLabel('Nous sommes… personnes').fill('6');
    const expected = methodsFitting({ phase: 'explorer', people: 6 });
    expect(expected.length).toBeGreaterThan(1);
    await expect
      .poll(() => link.innerText())
      .toBe(`Imprimer les ${expected.length} fiches affichées (livret)`);
    await link.click();
    await page.waitForURL(`${baseUrl}/methodes/livret/?phase=explorer&personnes=6`);
    const kept = await page
      .locator('.booklet-sheet:visible')
      .evaluateAll((els) => els.map((el) => el.id).sort());
    expect(kept).toEqual(expected);
    expect(await page.locator('.booklet-toc a:visible').count()).toBe(expected.length);
    expect(await page.locator('#booklet-intro').innerText()).toContain(
      `les ${expected.length} fiches de votre sélection, sur ${methods.length}`,
    );
    // What is left out is not printed either.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.booklet-sheet:visible').count()).toBe(expected.length);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('prints a parcours: reached from its page, its steps, then its sheets in order, each on new pages', async () => {
    const [parcours] = checkContent('content').entries.filter((e) => e.collection === 'parcours');
    const steps = (
      parcours!.data as unknown as { etapes: { methode: { id: string } }[] }
    ).etapes.map((step) => step.methode.id);
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/parcours/${parcours!.id}/`);
    await page.getByRole('link', { name: 'Imprimer les fiches de ce parcours (livret)' }).click();
    await page.waitForURL(`${baseUrl}/parcours/${parcours!.id}/livret/`);
    expect(
      await page
        .locator('.booklet-toc ol a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(steps.map((id) => `#${id}`));
    expect(
      await page.locator('.booklet-sheet').evaluateAll((methods) => methods.map((s) => s.id)),
    ).toEqual([...new Set(steps)]);
    expect(await page.locator('.booklet-sheet .booklet-why').count()).toBe(new Set(steps).size);
    // Several sheets on one page: their ids must stay unique (the anchors of the table of contents rely on it).
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('.booklet-toc').evaluate((el) => getComputedStyle(el).breakAfter),
    ).toBe('page');
    expect(
      await page
        .locator('.booklet-sheet')
        .first()
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(new Set(steps).size);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('reads a situation typed in words (« 1 h 30 pour 20 personnes ») into its duration and group fields, and shows exactly the sheets that fit', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/methodes/`);
    const fold = page.locator('#method-filters-fold');
    if (!(await fold.evaluate((d: HTMLDetailsElement) => d.open)))
      await fold.locator('summary').click();
    await page.getByRole('textbox', { name: 'Votre situation' }).fill('1 h 30 pour 20 personnes');
    await page.getByRole('button', { name: 'Régler les filtres' }).click();
    // The fields show what was understood, and the address keeps it.
    await expect.poll(() => page.getByLabel('J’ai… minutes').inputValue()).toBe('90');
    expect(await page.getByLabel('Nous sommes… personnes').inputValue()).toBe('20');
    expect(new URL(page.url()).searchParams.get('minutes')).toBe('90');
    expect(new URL(page.url()).searchParams.get('personnes')).toBe('20');
    const expected = methods
      .filter(
        (s) =>
          s.data.duree.min <= 90 && s.data.participants.min <= 20 && 20 <= s.data.participants.max,
      )
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(await visibleMethods(page)).toEqual(expected);

    // Words the library cannot filter on lead to the search, with the whole phrase.
    await page
      .getByRole('textbox', { name: 'Votre situation' })
      .fill('45 minutes à distance avec des élus');
    await page.getByRole('button', { name: 'Régler les filtres' }).click();
    await expect.poll(() => page.getByLabel('J’ai… minutes').inputValue()).toBe('45');
    expect(await page.getByRole('checkbox', { name: 'À distance', exact: true }).isChecked()).toBe(
      true,
    );
    const searchLink = page.locator('#method-situation-said a');
    expect(await searchLink.innerText()).toContain('élus');
    expect(await searchLink.getAttribute('href')).toBe(
      `/recherche/?${new URLSearchParams({ q: '45 minutes à distance avec des élus' })}`,
    );
    // Nothing understood: said so, and no filter changed.
    await page.getByRole('textbox', { name: 'Votre situation' }).fill('les 5 pourquoi');
    await page.getByRole('button', { name: 'Régler les filtres' }).click();
    expect(await page.locator('#method-situation-said').innerText()).toContain(
      'Aucune durée, taille de groupe, modalité ni phase reconnue',
    );
    expect(await page.getByLabel('J’ai… minutes').inputValue()).toBe('45');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
