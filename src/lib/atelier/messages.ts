// The planner's sentences, from the French dictionary (src/i18n/fr.ts) with their values filled in.
import { fill } from '../../i18n/fill.ts';
import { ui } from '../../i18n/fr.ts';

export { fill };

export const texts = ui.atelier;

/** « de 3 à 8 personnes », « à 2 personnes ». */
export function peopleRange(range: { min: number; max: number }): string {
  return range.min === range.max
    ? `à ${range.min}\u00A0personnes`
    : `de ${range.min} à ${range.max}\u00A0personnes`;
}
