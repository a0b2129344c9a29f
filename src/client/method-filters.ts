// Progressive enhancement of /methodes/: filters kept in the URL, counted for screen readers.
import { factsFromAttributes } from '../lib/method-facts-attributes.ts';
import {
  bookletLinkLabel,
  matchesFilters,
  parseFilters,
  resultCountLabel,
  serializeFilters,
  type MethodFilters,
} from '../lib/method-filter.ts';
import { enhanceFilterForm, inputValues, showMatching } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('#method-filters');
const count = document.querySelector<HTMLOutputElement>('#filter-count');
// Beside the count, a link prints what the filters show (/methodes/livret/ reads the same address).
const bookletLink = document.querySelector<HTMLAnchorElement>('#booklet-link');

if (form && count) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-method]')].map((element) => ({
    element,
    facts: factsFromAttributes(element),
  }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-phase-group]')];
  const known = {
    phases: inputValues(form, 'phase'),
    difficulties: inputValues(form, 'difficulte'),
  };

  enhanceFilterForm<MethodFilters>({
    form,
    parse: (search) => parseFilters(search, known),
    serialize: serializeFilters,
    write(filters) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
        if (input.type === 'checkbox')
          input.checked = (input.name === 'phase' ? filters.phases : filters.difficulties).includes(
            input.value,
          );
        else
          input.value = String((input.name === 'minutes' ? filters.minutes : filters.people) ?? '');
      }
    },
    apply(filters) {
      const shown = showMatching(cards, (facts) => matchesFilters(facts, filters));
      for (const group of groups)
        group.hidden = !group.querySelector('[data-method]:not([hidden])');
      const query = serializeFilters(filters);
      count.textContent = query ? resultCountLabel(shown) : `${cards.length} fiches.`;
      if (bookletLink) {
        bookletLink.href = `${bookletLink.pathname}${query ? `?${query}` : ''}`;
        bookletLink.textContent = bookletLinkLabel(shown);
        bookletLink.hidden = !query || shown === 0;
      }
    },
  });
}
