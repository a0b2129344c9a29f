// Progressive enhancement of /methodes/: filters kept in the URL, counted for screen readers.
import { matchesFilters, parseFilters, resultCountLabel, serializeFilters, type MethodFacts, type MethodFilters } from '../lib/method-filter.ts';
import { enhanceFilterForm, inputValues, showMatching } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('#method-filters');
const count = document.querySelector<HTMLOutputElement>('#filter-count');

if (form && count) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-method]')].map((element) => ({ element, facts: factsOf(element) }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-phase-group]')];
  const known = { phases: inputValues(form, 'phase'), difficulties: inputValues(form, 'difficulte') };

  enhanceFilterForm<MethodFilters>({
    form,
    parse: (search) => parseFilters(search, known),
    serialize: serializeFilters,
    write(filters) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
        if (input.type === 'checkbox') input.checked = (input.name === 'phase' ? filters.phases : filters.difficulties).includes(input.value);
        else input.value = String((input.name === 'minutes' ? filters.minutes : filters.people) ?? '');
      }
    },
    apply(filters) {
      const shown = showMatching(cards, (facts) => matchesFilters(facts, filters));
      for (const group of groups) group.hidden = !group.querySelector('[data-method]:not([hidden])');
      count.textContent = serializeFilters(filters) ? resultCountLabel(shown) : `${cards.length} fiches.`;
    },
  });
}

function factsOf(element: HTMLElement): MethodFacts {
  const number = (name: string) => Number(element.dataset[name]);
  return {
    phases: (element.dataset.phases ?? '').split(' '),
    durationMin: number('durationMin'),
    durationMax: number('durationMax'),
    peopleMin: number('peopleMin'),
    peopleMax: number('peopleMax'),
    difficulty: element.dataset.difficulty ?? '',
  };
}
