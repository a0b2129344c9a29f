// /methodes/livret/?phase=…: prints only the sheets the library's filters showed, with their table of contents.
import { factsFromAttributes } from '../lib/method-facts-attributes.ts';
import {
  bookletSelectionIntro,
  matchesFilters,
  parseFilters,
  serializeFilters,
} from '../lib/method-filter.ts';
import { showMatching } from './filter-form.ts';

const intro = document.querySelector<HTMLElement>('#booklet-intro');
const filters =
  intro &&
  parseFilters(location.search, {
    phases: (intro.dataset['phases'] ?? '').split(' '),
    difficulties: (intro.dataset['difficulties'] ?? '').split(' '),
  });

if (intro && filters && serializeFilters(filters)) {
  const sheets = [...document.querySelectorAll<HTMLElement>('.booklet-sheet[data-method]')].map(
    (element) => ({ element, facts: factsFromAttributes(element) }),
  );
  const shown = showMatching(sheets, (facts) => matchesFilters(facts, filters));
  const kept = new Set(
    sheets.filter((sheet) => !sheet.element.hidden).map((sheet) => sheet.element.id),
  );
  for (const entry of document.querySelectorAll<HTMLElement>('[data-sheet]'))
    entry.hidden = !kept.has(entry.dataset['sheet'] ?? '');
  for (const group of document.querySelectorAll<HTMLElement>('[data-toc-phase]'))
    group.hidden = !group.querySelector('[data-sheet]:not([hidden])');
  intro.querySelector('[data-intro-text]')!.textContent = bookletSelectionIntro(
    shown,
    sheets.length,
  );
  intro.querySelector<HTMLElement>('[data-whole-booklet]')!.hidden = false;
}
