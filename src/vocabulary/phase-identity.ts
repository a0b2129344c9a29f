import type { PhaseId } from './phases.ts';

/**
 * Each phase is also a colour and a pictogram, wherever a sheet shows its phases (always beside
 * the phase's name, never instead of it).
 * - `colour`: for the light and the dark scheme, each at least 4.5:1 on the site's backgrounds
 *   (tests/unit/phase-identity.test.ts), written into the stylesheet as `--phase` under
 *   `[data-phase=…]` by src/build/phase-styles.ts;
 * - `pictogram`: an SVG path drawn for the site on a 24 × 24 grid, stroked in the text's colour,
 *   gathered with the facts' pictograms in one sprite (src/pages/pictogrammes.svg.ts).
 * A new phase in phases.ts fails type checking until it has both here.
 */
export const phaseIdentity = {
  // Crop marks around a short line: setting the frame.
  cadrer: {
    colour: { light: '#4048a8', dark: '#b3b8ff' },
    pictogram: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 12h6',
  },
  // A magnifying glass: looking closely at the field.
  explorer: {
    colour: { light: '#2a6b2e', dark: '#93d898' },
    pictogram: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20',
  },
  // A light bulb: ideas.
  imaginer: {
    colour: { light: '#8a2c8e', dark: '#eda6f0' },
    pictogram:
      'M9.5 21h5M9 17.5h6M12 3a6 6 0 0 0-3.6 10.8c.6.5.9 1.2.9 2v1.2h5.4v-1.2c0-.8.3-1.5.9-2A6 6 0 0 0 12 3z',
  },
  // A flask: trying in real conditions.
  experimenter: {
    colour: { light: '#9c4700', dark: '#ffb47e' },
    pictogram:
      'M9 3h6M10 3v6.5L4.6 18.6A1.6 1.6 0 0 0 6 21h12a1.6 1.6 0 0 0 1.4-2.4L14 9.5V3M7.2 15h9.6',
  },
  // A tick in a circle: checking what changed.
  evaluer: {
    colour: { light: '#00697a', dark: '#73d4e0' },
    pictogram: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM8 12.5l2.8 2.8L16.5 9',
  },
  // A speech bubble: giving the floor.
  animer: {
    colour: { light: '#ad2240', dark: '#ff9fae' },
    pictogram: 'M4 5h16v11h-9l-4.5 4v-4H4zM8 9.5h8M8 12.5h5',
  },
} as const satisfies Record<
  PhaseId,
  { colour: { light: string; dark: string }; pictogram: string }
>;
