// Progressive enhancement of /methodes/: filters kept in the URL, counted for screen readers.
import { fill } from '../i18n/fill.ts';
import { methodFilters } from '../i18n/fr-lists.ts';
import { methodFacets } from '../lib/facets/method-facets.ts';
import { bookletLinkLabel, resultCountLabel } from '../lib/method-filter.ts';
import { enhanceFilterForm, readEntries, showMatching } from './filter-form.ts';
import { enhanceSituationForm } from './method-situation.ts';

const form = document.querySelector<HTMLFormElement>('#method-filters');
const count = document.querySelector<HTMLOutputElement>('#filter-count');
// Beside the count, a link prints what the filters show (/methodes/livret/ reads the same address).
const bookletLink = document.querySelector<HTMLAnchorElement>('#booklet-link');
// The fold around the form, and the number of chosen filters its control shows (its texts are
// given by the page, src/components/methods/MethodFilters.astro, so that this script stays small).
const fold = document.querySelector<HTMLDetailsElement>('#method-filters-fold');
const chosen = document.querySelector<HTMLElement>('#method-filters-chosen');
const situationForm = document.querySelector<HTMLFormElement>('#method-situation');

if (form && count) {
  if (fold) {
    fold.hidden = false;
    fold.open = matchMedia('(min-width: 40rem)').matches;
  }
  const cards = readEntries(methodFacets, '[data-method]');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-phase-group]')];
  enhanceFilterForm(form, methodFacets, (state, query) => {
    const shown = showMatching(methodFacets, cards, state);
    for (const group of groups) group.hidden = !group.querySelector('[data-method]:not([hidden])');
    count.textContent = query
      ? resultCountLabel(shown)
      : fill(methodFilters.total, { n: cards.length });
    if (chosen) {
      const n = Object.values(state).reduce<number>(
        (sum, value) => sum + (Array.isArray(value) ? value.length : 1),
        0,
      );
      const template = n === 1 ? chosen.dataset.one : chosen.dataset.many;
      chosen.replaceChildren();
      if (n > 0 && template) {
        // « · 2 » shown, « filtres choisis » for assistive technologies.
        const [shownPart, spokenPart] = fill(template, { n }).split('|');
        const spoken = document.createElement('span');
        spoken.className = 'visually-hidden';
        spoken.textContent = spokenPart ?? '';
        chosen.append(shownPart ?? '', spoken);
      }
    }
    if (bookletLink) {
      bookletLink.href = `${bookletLink.pathname}${query ? `?${query}` : ''}`;
      bookletLink.textContent = bookletLinkLabel(shown);
      bookletLink.hidden = !query || shown === 0;
    }
  });
  if (situationForm) enhanceSituationForm(situationForm, form);
}
