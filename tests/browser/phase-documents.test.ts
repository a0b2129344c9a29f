import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { paths } from '../../src/lib/urls.ts';
import { phaseIdentity } from '../../src/vocabulary/phase-identity.ts';
import { phaseLabel, type PhaseId } from '../../src/vocabulary/phases.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';

// Issue 22: the phases' pictograms and names, as on a sheet's header, on what is printed from the
// site too — the booklets' sheets and the canvases' headers — legible in light, dark and forced
// colours (a pictogram at least 3:1 on its background, its name at least 4.5:1).
const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const content = checkContent('content').entries;
const phasesOf = new Map(
  content
    .filter((e) => e.collection === 'methodes')
    .map((e) => [e.id, (e.data as { phases: PhaseId[] }).phases]),
);
const canvasIds = content.filter((e) => e.collection === 'supports').map((e) => e.id);
const firstParcours = content.filter((e) => e.collection === 'parcours').map((e) => e.id)[0]!;

interface ShownPhases {
  /** The sheet (booklet) or the canvas's sheet the phases belong to. */
  method: string;
  /** The colour of the rule over them, when there is one. */
  rule: string | null;
  phases: {
    phase: string;
    name: string;
    symbol: string | null;
    iconContrast: number;
    nameContrast: number;
    iconColour: string;
    nameColour: string;
  }[];
}

/** The phases each item shows (`container` inside each `item`), with their colours' contrast. */
function shownPhases(page: Page, item: string, container: string): Promise<ShownPhases[]> {
  return page.locator(item).evaluateAll((items, container) => {
    const rgb = (colour: string) => {
      const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
      return { r: r!, g: g!, b: b!, a };
    };
    const luminance = (colour: string) => {
      const { r, g, b } = rgb(colour);
      const channel = (c: number) =>
        c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const background = (element: Element): string => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (rgb(colour).a > 0) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    return items.map((item) => {
      const shown = item.querySelector(container);
      const ruled = shown && getComputedStyle(shown).borderTopStyle !== 'none';
      return {
        method: item.getAttribute('data-method') ?? '',
        rule: ruled ? getComputedStyle(shown).borderTopColor : null,
        phases: [...(shown?.querySelectorAll<HTMLElement>('.phase') ?? [])].map((mark) => {
          const icon = mark.querySelector('svg')!;
          const iconColour = getComputedStyle(icon).color;
          const nameColour = getComputedStyle(mark).color;
          const behind = background(mark);
          return {
            phase: mark.dataset.phase ?? '',
            name: mark.textContent!.trim(),
            symbol: icon.querySelector('use')?.getAttribute('href')?.split('#')[1] ?? null,
            iconContrast: contrast(iconColour, behind),
            nameContrast: contrast(nameColour, behind),
            iconColour,
            nameColour,
          };
        }),
      };
    });
  }, container);
}

const hex = (colour: string) => {
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
};

/** What is wrong with the phases shown for each item, as sentences (empty when all is well). */
function faultsIn(shown: ShownPhases[], scheme: 'light' | 'dark' | 'forced', where: string) {
  const faults: string[] = [];
  for (const { method, rule, phases } of shown) {
    const expected = phasesOf.get(method);
    const at = `${where} · ${method} (${scheme})`;
    if (!expected) {
      faults.push(`${at} : fiche inconnue`);
      continue;
    }
    const seen = phases.map((p) => p.phase);
    if (seen.join() !== expected.join())
      faults.push(
        `${at} : phases ${seen.join(', ') || 'aucune'} au lieu de ${expected.join(', ')}`,
      );
    if (
      scheme !== 'forced' &&
      rule !== null &&
      hex(rule) !== phaseIdentity[expected[0]!].colour[scheme]
    )
      faults.push(`${at} : filet en ${hex(rule)} au lieu de la couleur de ${expected[0]}`);
    for (const p of phases) {
      if (p.name !== phaseLabel(p.phase as PhaseId))
        faults.push(`${at} : « ${p.name} » au lieu du nom de la phase ${p.phase}`);
      if (p.symbol !== `phase-${p.phase}`)
        faults.push(`${at} : pictogramme ${p.symbol} pour la phase ${p.phase}`);
      if (p.iconContrast < 3)
        faults.push(
          `${at} : pictogramme ${p.phase} à ${p.iconContrast.toFixed(2)}:1 (3:1 au moins)`,
        );
      if (p.nameContrast < 4.5)
        faults.push(`${at} : nom ${p.phase} à ${p.nameContrast.toFixed(2)}:1 (4,5:1 au moins)`);
      if (scheme === 'forced' && p.iconColour !== p.nameColour)
        faults.push(
          `${at} : en couleurs forcées, pictogramme ${p.phase} d’une autre couleur que son nom`,
        );
    }
  }
  return faults;
}

const schemes = ['light', 'dark', 'forced'] as const;

/** Colour schemes switch on the loaded page: its styles follow, with no reload. */
const emulate = (page: Page, scheme: (typeof schemes)[number]) =>
  page.emulateMedia(
    scheme === 'forced'
      ? { colorScheme: 'light', forcedColors: 'active' }
      : { colorScheme: scheme, forcedColors: 'none' },
  );

describe('the phases on what is printed, in light, dark and forced colours', () => {
  it('the booklets show each sheet’s phases over its colour', async () => {
    const { page } = await watchedPage(chromium.context);
    const faults: string[] = [];
    for (const path of [paths.booklet, paths.parcoursBooklet(firstParcours)]) {
      await page.goto(`${baseUrl}${path}`);
      for (const scheme of schemes) {
        await emulate(page, scheme);
        const shown = await shownPhases(page, 'article.booklet-sheet', '.booklet-phases');
        if (path === paths.booklet) expect(shown.length).toBe(phasesOf.size);
        else expect(shown.length, path).toBeGreaterThan(0);
        faults.push(...faultsIn(shown, scheme, path));
      }
    }
    expect(faults).toEqual([]);
  });

  it('every canvas’s header shows its sheet’s phases', async () => {
    const { page } = await watchedPage(chromium.context);
    const faults: string[] = [];
    for (const id of canvasIds) {
      await page.goto(`${baseUrl}${paths.methodCanvas(id)}`);
      for (const scheme of schemes) {
        await emulate(page, scheme);
        const shown = await shownPhases(page, 'article.canvas', '.canvas__header .canvas__phases');
        expect(shown.length, id).toBe(1);
        faults.push(...faultsIn(shown, scheme, paths.methodCanvas(id)));
      }
    }
    expect(faults).toEqual([]);
  });
});
