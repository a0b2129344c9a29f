import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { paths } from '../../src/lib/urls.ts';
import { canvasPapers, type CanvasData } from '../../src/schemas/canvas.ts';
import {
  paperFormats,
  paperName,
  paperSlug,
  type PaperFormat,
} from '../../src/vocabulary/paper.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';

// Canvases go on the wall and take sticky notes (issue 22, item 5): every zone holds a 76 mm note
// with its title, measured in millimetres on each paper the canvas supports — all but those declared
// for the pen (`post_it: false`), which keep their titles' size and their text on the page. Each canvas is laid out in
// print media at the size of its page's content box, taken from the @page rule that the canvas
// names in CSS, so that what is measured is what Chromium prints.

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
/** Every paper of every canvas (canvasPapers): its own, then the others it declares. */
const printings = checkContent('content')
  .entries.filter((e) => e.collection === 'supports')
  .flatMap((e) => {
    const data = e.data as CanvasData;
    return canvasPapers(data).map((paper, index) => ({
      id: e.id,
      paper,
      path: index === 0 ? paths.methodCanvas(e.id) : paths.methodCanvasOn(e.id, paperSlug(paper)),
    }));
  });

/** The smallest side of a zone: a folded 76 mm note, or two small 38 mm ones, with the title. */
const smallestSide = 45;
/** A standard sticky note is 76 mm square: half the zones at least take one with room above it. */
const medianHeight = 76;
/** Zone titles read from two metres on A3; on A4, in proportion to the paper (1/√2). */
const titlePoints = { A3: 18, A4: 18 / Math.SQRT2 } satisfies Record<PaperFormat, number>;

const millimetresPerPixel = 25.4 / 96;
const pixelsPerMillimetre = 1 / millimetresPerPixel;

interface PrintedPage {
  name: string;
  format: PaperFormat;
  /** Content box of the page, in millimetres. */
  width: number;
  height: number;
}

/** The @page rule a canvas prints on (its computed `page`), read from the page's own stylesheets. */
async function printedPage(page: Page, selector: string): Promise<PrintedPage> {
  const rule = await page.locator(selector).evaluate((element) => {
    const named = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const value = getComputedStyle(e).getPropertyValue('page');
        if (value && value !== 'auto') return value;
      }
      return '';
    };
    const name = named(element);
    for (const sheet of document.styleSheets)
      for (const cssRule of sheet.cssRules)
        if (cssRule instanceof CSSPageRule && cssRule.selectorText === name) {
          const s = cssRule.style;
          return {
            name,
            size: s.getPropertyValue('size'),
            margins: ['top', 'right', 'bottom', 'left'].map((side) =>
              s.getPropertyValue(`margin-${side}`),
            ),
          };
        }
    return { name, size: '', margins: [] };
  });
  const [format, orientation] = rule.size.split(/\s+/) as [string, string | undefined];
  const paperName = format.toUpperCase() as PaperFormat;
  const paper = paperFormats[paperName];
  if (!paper)
    throw new Error(`${selector}: page « ${rule.name} » sans format A3 ou A4 (${rule.size})`);
  const [top, right, bottom, left] = rule.margins.map((m) => {
    const match = /^([\d.]+)mm$/.exec(m);
    if (!match) throw new Error(`${rule.name}: marge « ${m} » attendue en mm`);
    return Number(match[1]);
  }) as [number, number, number, number];
  const landscape = orientation === 'landscape';
  const width = landscape ? paper.height : paper.width;
  const height = landscape ? paper.width : paper.height;
  return {
    name: rule.name,
    format: paperName,
    width: width - left - right,
    height: height - top - bottom,
  };
}

interface ZoneSize {
  title: string;
  /** A quadrant of a 2×2 grid drawn in a zone: as small as a zone at most, not counted in the median. */
  quadrant: boolean;
  width: number;
  height: number;
  titlePoints: number;
}

/** Every zone of the canvas and every quadrant drawn in one, in millimetres, with its title's size in points. */
function zoneSizes(page: Page, selector: string): Promise<ZoneSize[]> {
  return page.locator(`${selector} .canvas__zone, ${selector} .canvas__case`).evaluateAll(
    (zones, mmPerPx) =>
      zones.map((zone) => {
        const box = zone.getBoundingClientRect();
        const title = zone.querySelector(':scope > :is(.canvas__zone-title, .canvas__case-title)')!;
        return {
          title: title.textContent!.trim(),
          quadrant: zone.classList.contains('canvas__case'),
          width: box.width * mmPerPx,
          height: box.height * mmPerPx,
          titlePoints: parseFloat(getComputedStyle(title).fontSize) * 0.75,
        };
      }),
    millimetresPerPixel,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mm = (value: number) => `${value.toFixed(0)} mm`;

/** Text a zone cuts off (its print rule hides what overflows): the prompt's end, a guide's label. */
function overflowingZones(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} .canvas__zone`)
    .evaluateAll((zones) =>
      zones
        .filter((zone) => zone.scrollHeight > zone.clientHeight + 1)
        .map((zone) => zone.querySelector('.canvas__zone-title')!.textContent!.trim()),
    );
}

describe('the printable canvases, measured on their paper', () => {
  it('give every zone room for a sticky note and its title, read from two metres, on every paper', async () => {
    const { page } = await watchedPage(chromium.context);
    const faults: string[] = [];
    for (const { id, paper: declared, path } of printings) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${baseUrl}${path}`);
      await page.emulateMedia({ media: 'print' });
      const selector = `article.canvas[data-method="${id}"]`;
      const paper = await printedPage(page, selector);
      // Chromium lays a printed page out at the width of its content box.
      await page.setViewportSize({
        width: Math.floor(paper.width * pixelsPerMillimetre),
        height: Math.floor(paper.height * pixelsPerMillimetre),
      });
      const zones = await zoneSizes(page, selector);
      const smallest = zones.reduce((a, b) =>
        Math.min(b.width, b.height) < Math.min(a.width, a.height) ? b : a,
      );
      const middle = median(zones.filter((z) => !z.quadrant).map((z) => z.height));
      const title = Math.min(...zones.map((z) => z.titlePoints));
      const cut = await overflowingZones(page, selector);
      const problems = [
        paper.format !== declared.format &&
          `imprimé en ${paper.format} au lieu de ${declared.format}`,
        paper.width > paper.height !== (declared.orientation === 'paysage') &&
          `imprimé dans l’autre orientation que ${declared.orientation}`,
        declared.post_it &&
          Math.min(smallest.width, smallest.height) < smallestSide &&
          `« ${smallest.title} » en ${mm(smallest.width)} × ${mm(smallest.height)} (au moins ${smallestSide} × ${smallestSide} mm)`,
        declared.post_it &&
          middle < medianHeight &&
          `hauteur médiane ${mm(middle)} (au moins ${medianHeight} mm)`,
        title < titlePoints[paper.format] - 0.05 &&
          `titres en ${title.toFixed(1)} pt (au moins ${titlePoints[paper.format].toFixed(1)} pt)`,
        cut.length > 0 && `texte coupé dans ${cut.map((t) => `« ${t} »`).join(', ')}`,
      ].filter(Boolean);
      if (problems.length)
        faults.push(
          `${id} en ${paperName(declared)} (${paper.name}, ${zones.filter((z) => !z.quadrant).length} zones) : ${problems.join(' ; ')}`,
        );
    }
    expect(printings.length).toBeGreaterThan(new Set(printings.map((p) => p.id)).size);
    expect(faults).toEqual([]);
  });
});
