// Progressive enhancement of /methodes/: filters kept in the URL, counted for screen readers.
import { fill } from '../i18n/fill.ts';
import { methodFilters } from '../i18n/fr-lists.ts';
import { methodFacets } from '../lib/facets/method-facets.ts';
import { bookletLinkLabel, resultCountLabel } from '../lib/method-filter.ts';
import { enhanceFilterForm, readEntries, showMatching } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('#method-filters');
const count = document.querySelector<HTMLOutputElement>('#filter-count');
// Beside the count, a link prints what the filters show (/methodes/livret/ reads the same address).
const bookletLink = document.querySelector<HTMLAnchorElement>('#booklet-link');

if (form && count) {
  const cards = readEntries(methodFacets, '[data-method]');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-phase-group]')];
  enhanceFilterForm(form, methodFacets, (state, query) => {
    const shown = showMatching(methodFacets, cards, state);
    for (const group of groups) group.hidden = !group.querySelector('[data-method]:not([hidden])');
    count.textContent = query
      ? resultCountLabel(shown)
      : fill(methodFilters.total, { n: cards.length });
    if (bookletLink) {
      bookletLink.href = `${bookletLink.pathname}${query ? `?${query}` : ''}`;
      bookletLink.textContent = bookletLinkLabel(shown);
      bookletLink.hidden = !query || shown === 0;
    }
  });
}
