// Progressive enhancement of /projets/: filters kept in the URL, counted for screen readers.
import {
  matchesProjectFilters,
  parseProjectFilters,
  projectCountLabel,
  serializeProjectFilters,
  type ProjectFilters,
} from '../lib/project-filter.ts';
import { enhanceFilterForm, inputValues, showMatching } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('#project-filters');
const count = document.querySelector<HTMLOutputElement>('#project-count');

if (form && count) {
  const currentYear = new Date().getFullYear();
  const cards = [...document.querySelectorAll<HTMLElement>('[data-project]')].map((element) => ({
    element,
    facts: {
      objective: element.dataset.objective ?? '',
      status: element.dataset.status ?? '',
      start: Number(element.dataset.year),
      end: element.dataset.end ? Number(element.dataset.end) : undefined,
    },
  }));
  const known = {
    objectives: inputValues(form, 'objectif'),
    statuses: inputValues(form, 'statut'),
  };
  const select = form.querySelector<HTMLSelectElement>('select')!;

  enhanceFilterForm<ProjectFilters>({
    form,
    parse: (search) => parseProjectFilters(search, known),
    serialize: serializeProjectFilters,
    write(filters) {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        box.checked = (box.name === 'objectif' ? filters.objectives : filters.statuses).includes(
          box.value,
        );
      }
      select.value = filters.year === undefined ? '' : String(filters.year);
    },
    apply(filters) {
      const shown = showMatching(cards, (facts) =>
        matchesProjectFilters(facts, filters, currentYear),
      );
      count.textContent = serializeProjectFilters(filters)
        ? projectCountLabel(shown)
        : `${cards.length} projets.`;
    },
  });
}
