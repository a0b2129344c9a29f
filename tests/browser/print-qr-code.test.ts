import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { siteConfig } from '../../src/lib/site-config.ts';
import { paths } from '../../src/lib/urls.ts';
import { useBrowser } from '../support/browser.ts';
import { pdfQrCodes } from '../support/qr-reader.ts';

// Paper that leads back to its page: a printed sheet card and a printed canvas each carry a QR
// code of their page's public address (content/site.yaml's address), a printed agenda its
// atelier's shared address; decoded here from the PDF Chromium prints, rasterised, as a phone
// would read it.

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const publicAddress = (path: string) => new URL(path, siteConfig.adresse_du_site).href;
const canvasSheet = readdirSync('content/supports')[0]!.replace(/\.(ya?ml|md|json)$/, '');

async function printedCodes(path: string) {
  const page = await chromium.context.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.emulateMedia({ media: 'print' });
  // A sheet's code is a lazy image, shown on paper only: the browser fetches it as it prints
  // (Chromium loads lazy images for a print; the page's « Imprimer » buttons wait for it).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('img.qr-code')].every(
      (image) => (image as HTMLImageElement).complete,
    ),
  );
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdfQrCodes(pdf);
}

describe('printed pages carry a QR code of their address', () => {
  it('a sheet card: its first page leads to the sheet', async () => {
    const codes = await printedCodes(paths.method('brise-glace'));
    expect(codes[0]).toEqual([publicAddress(paths.method('brise-glace'))]);
  });

  it(`a canvas (${canvasSheet}): each of its sheets leads to the canvas`, async () => {
    const codes = await printedCodes(paths.methodCanvas(canvasSheet));
    // The blueprint prints on two sheets (its line of visibility between them).
    const address = publicAddress(paths.methodCanvas(canvasSheet));
    expect(codes).toEqual([[address], [address]]);
  });

  it('the agenda of a shared atelier: it leads back to the atelier, as its link says', async () => {
    const search = '?v=1&m=brise-glace,personas&titre=Atelier%20QR';
    const page = await chromium.context.newPage();
    await page.goto(`${baseUrl}${paths.atelier}${search}`);
    // Drawn as the page prints, once what the print needs has been fetched.
    await page.locator('#atelier-print-sheets[data-ready]').waitFor({ state: 'attached' });
    const link = await page.locator('#atelier-lien').inputValue();
    expect(link).toContain('m=brise-glace');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    // The agenda is the pack's first page (the sheets' cards follow, each with its own code).
    expect(pdfQrCodes(pdf)[0]).toEqual([link]);
  });

  it('not on screen', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${baseUrl}${paths.method('brise-glace')}`);
    expect(await page.locator('.qr-code').isVisible()).toBe(false);
    await page.close();
  });
});
