// Progressive enhancement of /projets/: filters kept in the URL, counted for screen readers.
import { fill } from '../i18n/fill.ts';
import { projectFilters } from '../i18n/fr-lists.ts';
import { projectFacets } from '../lib/facets/project-facets.ts';
import { projectCountLabel } from '../lib/project-filter.ts';
import { enhanceFilterForm, readEntries, showMatching } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('#project-filters');
const count = document.querySelector<HTMLOutputElement>('#project-count');

if (form && count) {
  const cards = readEntries(projectFacets, '[data-project]');
  enhanceFilterForm(form, projectFacets, (state, query) => {
    const shown = showMatching(projectFacets, cards, state);
    count.textContent = query
      ? projectCountLabel(shown)
      : fill(projectFilters.total, { n: cards.length });
  });
}
