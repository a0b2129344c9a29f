import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { frenchPunctuation } from '../../src/lib/french-punctuation.ts';
import { paths } from '../../src/lib/urls.ts';
import { canvasSheetCount, type CanvasData } from '../../src/schemas/canvas.ts';
import { pageSize } from '../../src/vocabulary/paper.ts';
import { useBrowser, visitInTabs, watchedPage } from '../support/browser.ts';
import { pdfPages, pdfText } from '../support/poppler.ts';
import { sitemapPaths } from '../support/sitemap.ts';

// What a facilitator carries into the room: each sheet's workshop card (at most two A4 pages),
// each canvas on exactly one page of its format, and a sheet's title high on a phone's first screen.

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const { entries } = checkContent('content');
const methods = entries.filter((e) => e.collection === 'methodes').map((e) => e.id);
const canvases = entries
  .filter((e) => e.collection === 'supports')
  .map((e) => ({ id: e.id, data: e.data as unknown as CanvasData }));
const siteAddress = 'https://tilab.bzh';

/** Text compared without spaces and hyphens: lines break where they please, and pdftotext joins « front-⏎office ». */
const squeezed = (text: string) => frenchPunctuation(text).replace(/[\s\u00a0\u202f-]+/g, '');

async function printed(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}

describe('a sheet printed as a workshop card', () => {
  it('fits every sheet on one A4 sheet, recto-verso at most: steps, facts, materials, preparation and address, not the rest', async () => {
    const faults: string[] = [];
    await visitInTabs(chromium.context, methods, async (page, id) => {
      const pdf = await printed(page, paths.method(id));
      const pages = pdfPages(pdf);
      const text = squeezed(pdfText(pdf));
      if (pages.length > 2) faults.push(`${id}: ${pages.length} pages`);
      if (pages.some((p) => p.width !== 210 || p.height !== 297)) faults.push(`${id}: pas en A4`);
      for (const part of [
        'Déroulé',
        'Durée',
        'Matériel',
        'Préparation',
        `${siteAddress}${paths.method(id)}`,
      ])
        if (!text.includes(squeezed(part))) faults.push(`${id}: « ${part} » absent`);
      for (const part of ['Pièges à éviter', 'Dans l’administration', 'Sources'])
        if (text.includes(squeezed(part))) faults.push(`${id}: « ${part} » imprimé sur la fiche`);
    });
    expect(faults).toEqual([]);
  });

  it('prints the full sheet from « Imprimer la fiche complète », and the card again from « Imprimer la fiche »', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}${paths.method('personas')}`);
    // window.print() would open a dialog: the test prints to PDF instead, in the state it leaves.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const extraPrinted = async () => {
      await page.emulateMedia({ media: 'print' });
      const visible = await page.locator('.sheet-card__extra').isVisible();
      const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })).length;
      await page.emulateMedia({ media: 'screen' });
      return { visible, pages };
    };
    await page.getByRole('button', { name: 'Imprimer la fiche complète' }).click();
    const complete = await extraPrinted();
    expect(complete.visible).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect((await extraPrinted()).visible, 'after printing, back to the card').toBe(false);
    await page.getByRole('button', { name: 'Imprimer la fiche', exact: true }).click();
    const card = await extraPrinted();
    expect(card.visible).toBe(false);
    expect(complete.pages).toBeGreaterThan(card.pages);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('prints the full sheet without JavaScript from its address #fiche-complete, linked from the sheet', async () => {
    const noScript = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${baseUrl}${paths.method('personas')}`);
    await page.getByRole('link', { name: 'Imprimer la fiche complète' }).click();
    await page.waitForURL(/#fiche-complete$/);
    expect(await page.locator('.method__complete-note').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sheet-card__extra').isVisible()).toBe(true);
    const text = squeezed(pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
    expect(text).toContain(squeezed('Pièges à éviter'));
    await noScript.close();
  });
});

describe('the printable canvases', () => {
  it('cover at least the twelve worksheet methods, each linked from its sheet with its format', async () => {
    expect(canvases.length).toBeGreaterThanOrEqual(12);
    const { page } = await watchedPage(chromium.context);
    for (const { id, data } of canvases) {
      await page.goto(`${baseUrl}${paths.method(id)}`);
      const link = page.getByRole('link', { name: `Imprimer le support (${data.format})` });
      expect(await link.count(), `${id} : lien vers le support`).toBe(1);
      expect(await link.getAttribute('href'), id).toBe(paths.methodCanvas(id));
    }
  });

  it('are in the sitemap, so that every page is checked with axe in light and dark', () => {
    const listed = new Set(sitemapPaths());
    expect(canvases.map((c) => paths.methodCanvas(c.id)).filter((p) => !listed.has(p))).toEqual([]);
  });

  for (const { id, data } of canvases) {
    it(`${id}: one ${data.format} ${data.orientation} page per sheet, every zone whole, its text extractable`, async () => {
      const { page, watch } = await watchedPage(chromium.context);
      const pdf = await printed(page, paths.methodCanvas(id));
      const size = pageSize(data.format, data.orientation);
      expect(pdfPages(pdf)).toEqual(Array.from({ length: canvasSheetCount(data) }, () => size));
      const clipped = await page
        .locator('.canvas__zone')
        .evaluateAll((zones) =>
          zones.filter((z) => z.scrollHeight > z.clientHeight + 1).map((z) => z.textContent),
        );
      expect(clipped, 'texte coupé dans une zone').toEqual([]);
      const text = squeezed(pdfText(pdf));
      const expected = [
        data.titre,
        data.consigne,
        ...data.zones.flatMap((zone) => [
          zone.titre,
          zone.consigne,
          ...[...(zone.repere?.cercles ?? []), ...(zone.repere?.cases ?? [])].flatMap((part) => [
            part.titre,
            part.consigne,
          ]),
        ]),
        `${siteAddress}${paths.methodCanvas(id)}`,
      ];
      expect(expected.filter((part) => !text.includes(squeezed(part)))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  it('are read as a title, then each zone as a heading followed by its prompt', async () => {
    const { page } = await watchedPage(chromium.context);
    const [{ id, data }] = canvases as [(typeof canvases)[number]];
    await page.goto(`${baseUrl}${paths.methodCanvas(id)}`);
    const canvas = page.locator(`article.canvas[data-method="${id}"]`);
    expect(await canvas.getAttribute('data-format')).toBe(data.format);
    expect(await canvas.getAttribute('data-orientation')).toBe(data.orientation);
    expect(await canvas.locator('h1').innerText()).toBe(frenchPunctuation(data.titre));
    const zones = await canvas
      .locator('.canvas__zone')
      .evaluateAll((elements) =>
        elements.map((zone) => [
          zone.firstElementChild?.tagName,
          zone.firstElementChild?.nextElementSibling?.tagName,
        ]),
      );
    expect(zones).toEqual(data.zones.map(() => ['H2', 'P']));
  });

  it('are printed in the parcours booklet, each on one page of its own format after its sheet', async () => {
    const parcours = entries.find(
      (e) =>
        e.collection === 'parcours' &&
        (e.data.etapes as { methode: { id: string } }[]).some((step) =>
          canvases.some((c) => c.id === step.methode.id),
        ),
    )!;
    const steps = [
      ...new Set((parcours.data.etapes as { methode: { id: string } }[]).map((s) => s.methode.id)),
    ];
    const inBooklet = canvases.filter((c) => steps.includes(c.id));
    const { page } = await watchedPage(chromium.context);
    const pdf = await printed(page, paths.parcoursBooklet(parcours.id));
    const pages = pdfPages(pdf);
    const notA4 = pages.filter((p) => !(p.width === 210 && p.height === 297));
    expect(notA4).toEqual(
      inBooklet
        .filter((c) => c.data.format !== 'A4' || c.data.orientation !== 'portrait')
        .flatMap((c) =>
          Array.from({ length: canvasSheetCount(c.data) }, () =>
            pageSize(c.data.format, c.data.orientation),
          ),
        ),
    );
    expect(
      await page
        .locator('.booklet-sheet, article.canvas')
        .evaluateAll((els) =>
          els.map((el) => el.id || `support-${el.getAttribute('data-method')}`),
        ),
    ).toEqual(
      steps.flatMap((id) => (inBooklet.some((c) => c.id === id) ? [id, `support-${id}`] : [id])),
    );
  });
});

describe('a sheet on a 360 × 800 phone', () => {
  it('starts its title within the first 200 px, its facts right under it, then its steps before materials and preparation, search one tap away', async () => {
    const phone = await chromium.browser.newContext({ viewport: { width: 360, height: 800 } });
    const faults: string[] = [];
    await visitInTabs(phone, methods, async (page, id) => {
      await page.goto(`${baseUrl}${paths.method(id)}`);
      const top = (selector: string, edge: 'top' | 'bottom' = 'top') =>
        page
          .locator(selector)
          .first()
          .evaluate((e, side) => e.getBoundingClientRect()[side], edge);
      const h1 = await top('h1');
      const factsEnd = await top('.method-facts', 'bottom');
      const steps = await top('.sheet-card__steps');
      const step = await top('.sheet-card__steps ol > li');
      const materials = await top('.method-facts__title');
      if (h1 > 200) faults.push(`${id}: titre à ${Math.round(h1)} px`);
      // Issue 22 puts the facts before the steps on a phone: the steps follow them at once.
      if (step < factsEnd || steps > factsEnd + 120)
        faults.push(
          `${id}: première étape à ${Math.round(step)} px, fin des repères à ${Math.round(factsEnd)} px`,
        );
      if (materials < step) faults.push(`${id}: le matériel avant le déroulé`);
    });
    expect(faults).toEqual([]);
    const page = await phone.newPage();
    await page.goto(`${baseUrl}${paths.method(methods[0]!)}`);
    const search = page.getByRole('link', { name: 'Rechercher' });
    expect(await search.isVisible()).toBe(true);
    expect(await search.getAttribute('href')).toBe(paths.search);
    await phone.close();
  });
});
