// /methodes/livret/?phase=…: prints only the sheets the library's filters showed, with their table of contents.
import { parseFilters, serializeFilters } from '../lib/facets/facet.ts';
import { methodFacets } from '../lib/facets/method-facets.ts';
import { bookletSelectionIntro } from '../lib/method-filter.ts';
import { readEntries, showMatching } from './filter-form.ts';

const intro = document.querySelector<HTMLElement>('#booklet-intro');
const state = parseFilters(methodFacets, location.search);

if (intro && serializeFilters(methodFacets, state)) {
  const methods = readEntries(methodFacets, '.booklet-sheet[data-method]');
  const shown = showMatching(methodFacets, methods, state);
  const kept = new Set(
    methods.filter((method) => !method.element.hidden).map((method) => method.element.id),
  );
  for (const entry of document.querySelectorAll<HTMLElement>('[data-toc-method]'))
    entry.hidden = !kept.has(entry.dataset['tocMethod'] ?? '');
  for (const group of document.querySelectorAll<HTMLElement>('[data-toc-phase]'))
    group.hidden = !group.querySelector('[data-toc-method]:not([hidden])');
  intro.querySelector('[data-intro-text]')!.textContent = bookletSelectionIntro(
    shown,
    methods.length,
  );
  intro.querySelector<HTMLElement>('[data-whole-booklet]')!.hidden = false;
}
