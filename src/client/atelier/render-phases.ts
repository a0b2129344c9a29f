// A sheet's phases as the site shows them everywhere (src/components/methods/PhaseList.astro):
// each its pictogram from the sprite, in its colour, always beside its name.
import { pictogramId } from '../../lib/fact-pictograms.ts';
import { paths } from '../../lib/urls.ts';
import { phaseLabel, type PhaseId } from '../../vocabulary/phases.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** The decorative pictogram (Pictogram.astro): the phase's name beside it says the same. */
function pictogram(symbol: string): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('class', 'pictogram');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = document.createElementNS(svgNamespace, 'use');
  use.setAttribute('href', `${paths.pictograms}#${symbol}`);
  svg.append(use);
  return svg;
}

export function phaseList(phases: readonly PhaseId[]): HTMLSpanElement {
  const list = document.createElement('span');
  list.className = 'phases';
  phases.forEach((phase, index) => {
    if (index > 0) {
      const comma = document.createElement('span');
      comma.className = 'visually-hidden';
      comma.textContent = ', ';
      list.append(comma);
    }
    const item = document.createElement('span');
    item.className = 'phase';
    item.dataset['phase'] = phase;
    item.append(pictogram(pictogramId.phase(phase)), phaseLabel(phase));
    list.append(item);
  });
  return list;
}
