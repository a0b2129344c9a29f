import type { methodFacets } from './facets/method-facets.ts';

type FactName = Exclude<(typeof methodFacets)[number]['name'], 'phase'>;

/**
 * The pictogram of each of a sheet's facts but its phase (whose pictograms are the phases' own,
 * src/vocabulary/phase-identity.ts): SVG paths drawn for the site on a 24 × 24 grid, stroked. They
 * only decorate: the fact's term or value is always written beside them.
 */
export const factPictograms = {
  // A clock.
  minutes: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 7.5V12l3 2',
  // Two people.
  personnes:
    'M9 4.5a3.2 3.2 0 1 0 0 6.4a3.2 3.2 0 1 0 0-6.4zM3 20c0-3.5 2.7-6 6-6s6 2.5 6 6M16 4.8a3.2 3.2 0 0 1 0 6M17.5 14.3c2.1.6 3.5 2.8 3.5 5.7',
  // Three rising steps.
  difficulte: 'M4 20h4v-5H4zM10 20h4V10h-4zM16 20h4V4h-4z',
  // A screen: in the room or at a distance.
  modalite: 'M3 4.5h18v11H3zM8 20h8M12 15.5V20',
} as const satisfies Record<FactName, string>;

/** The id of a pictogram's symbol in the sprite, for `<use href="…#id">`. */
export const pictogramId = {
  phase: (phase: string) => `phase-${phase}`,
  fact: (fact: string) => `fait-${fact}`,
};
