import type { SheetFacts } from '../../src/lib/atelier/sheet-facts.ts';
import type { PhaseId } from '../../src/vocabulary/phases.ts';

/** A sheet's facts for the planner's unit tests: only what a test says differs from the defaults. */
export function sheet(
  id: string,
  overrides: Partial<Omit<SheetFacts, 'id'>> & { phases?: PhaseId[] } = {},
): SheetFacts {
  return {
    id,
    titre: id,
    url: `/methodes/${id}/`,
    phases: ['explorer'],
    duree: { min: 30, max: 90 },
    participants: { min: 3, max: 12 },
    materiel: [],
    preparation: [],
    support: null,
    ...overrides,
  };
}

export const factsOf = (...sheets: SheetFacts[]) => new Map(sheets.map((s) => [s.id, s]));
