import type { MethodFacts } from '../../src/lib/atelier/method-facts.ts';
import type { PhaseId } from '../../src/vocabulary/phases.ts';

/** A sheet's facts for the planner's unit tests: only what a test says differs from the defaults. */
export function method(
  id: string,
  overrides: Partial<Omit<MethodFacts, 'id'>> & { phases?: PhaseId[] } = {},
): MethodFacts {
  return {
    id,
    titre: id,
    url: `/methodes/${id}/`,
    phases: ['explorer'],
    duree: { min: 30, max: 90 },
    participants: { min: 3, max: 12 },
    materiel: [],
    preparation: [],
    canvas: null,
    ...overrides,
  };
}

export const factsOf = (...methods: MethodFacts[]) => new Map(methods.map((s) => [s.id, s]));
