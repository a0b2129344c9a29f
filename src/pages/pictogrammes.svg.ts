import type { APIRoute } from 'astro';
import { factPictograms, pictogramId } from '../lib/fact-pictograms.ts';
import { phaseIdentity } from '../vocabulary/phase-identity.ts';

// Every pictogram of the site in one sprite, one <symbol> each: pages draw them with
// <svg><use href="/pictogrammes.svg#…"></svg> (src/components/Pictogram.astro), so a sheet that
// shows ten of them carries ten short references instead of ten drawings, and the browser fetches
// the drawings once for the whole site. Stroked in currentColor: the text's colour, or the phase's,
// or the system's in forced colours.
const symbols = [
  ...Object.entries(phaseIdentity).map(([phase, { pictogram }]) => [
    pictogramId.phase(phase),
    pictogram,
  ]),
  ...Object.entries(factPictograms).map(([fact, path]) => [pictogramId.fact(fact), path]),
];

export const GET: APIRoute = () =>
  new Response(
    [
      '<svg xmlns="http://www.w3.org/2000/svg">',
      ...symbols.map(
        ([id, path]) =>
          `<symbol id="${id}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></symbol>`,
      ),
      '</svg>',
    ].join('\n'),
    { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } },
  );
