import { fill } from '../i18n/fill.ts';
import { ui } from '../i18n/fr.ts';
import type { FiguresData } from '../schemas/figures.ts';

export interface Bar {
  /** Stable key, used by tests to pair a bar with its table row. */
  key: string;
  /** Full label, for the table. */
  label: string;
  /** Short label, for the chart. */
  shortLabel: string;
  value: number;
}

/** The amounts a year's figures compare, in the order the chart and the table show them. */
export function budgetBars(figures: FiguresData): Bar[] {
  const year = { year: figures.annee };
  return [
    {
      key: 'fonctionnement',
      label: fill(ui.lab.budgetOperating, year),
      shortLabel: ui.lab.budgetOperatingShort,
      value: figures.fonctionnement.montant,
    },
    {
      key: 'appels-a-projets',
      label: fill(ui.lab.budgetCalls, year),
      shortLabel: ui.lab.budgetCallsShort,
      value: figures.projets.appels_a_projets,
    },
    {
      key: 'avec-territoires',
      label: fill(ui.lab.budgetWithTerritories, year),
      shortLabel: ui.lab.budgetWithTerritoriesShort,
      value: figures.projets.avec_territoires,
    },
  ];
}

export interface BarGeometry extends Bar {
  y: number;
  width: number;
}

/** Lays bars out horizontally: widths proportional to values, the largest filling `maxWidth`. */
export function layoutBars(
  bars: Bar[],
  { maxWidth, rowHeight }: { maxWidth: number; rowHeight: number },
): BarGeometry[] {
  const largest = Math.max(...bars.map((b) => b.value), 1);
  return bars.map((bar, index) => ({
    ...bar,
    y: index * rowHeight,
    width: Math.max(1, Math.round((bar.value / largest) * maxWidth)),
  }));
}
