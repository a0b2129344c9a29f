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
  return [
    {
      key: 'fonctionnement',
      label: `Budget de fonctionnement ${figures.annee}`,
      shortLabel: 'Fonctionnement',
      value: figures.fonctionnement.montant,
    },
    {
      key: 'appels-a-projets',
      label: `Budget projets ${figures.annee}\u202F: appels à projets`,
      shortLabel: 'Projets\u202F: appels à projets',
      value: figures.projets.appels_a_projets,
    },
    {
      key: 'avec-territoires',
      label: `Budget projets ${figures.annee} avec la part contributive des territoires`,
      shortLabel: 'Projets avec les territoires',
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
