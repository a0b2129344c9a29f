// The planner's sentences, from the French dictionary (src/i18n/fr.ts) with their values filled in.
import { ui } from '../../i18n/fr.ts';

export const texts = ui.atelier;

/** A dictionary sentence with its {placeholders} replaced. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** « de 3 à 8 personnes », « à 2 personnes ». */
export function peopleRange(range: { min: number; max: number }): string {
  return range.min === range.max
    ? `à ${range.min}\u00A0personnes`
    : `de ${range.min} à ${range.max}\u00A0personnes`;
}
