// Shared wiring of a filter form that works on a static list: shown only with JavaScript,
// filters kept in the address (reload and back button work), applied on every change. The
// filters are facets (src/lib/facets/): one model parses, writes and matches them everywhere.
import {
  factsFromElement,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type Facet,
  type FilterState,
} from '../lib/facets/facet.ts';

/** The entries of the page: each element carrying its facts as data attributes. */
export function readEntries(facets: readonly Facet[], selector: string) {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((element) => ({
    element,
    facts: factsFromElement(facets, element),
  }));
}

/** Hides the entries that do not match; returns how many stay shown. */
export function showMatching(
  facets: readonly Facet[],
  entries: ReturnType<typeof readEntries>,
  state: FilterState,
): number {
  let shown = 0;
  for (const entry of entries) {
    const visible = matchesFilters(facets, entry.facts, state);
    entry.element.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}

/** Puts a query into the form's fields (after back/forward). */
function writeForm(form: HTMLFormElement, state: FilterState) {
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    const value = state[field.name];
    if (field instanceof HTMLInputElement && field.type === 'checkbox')
      field.checked = Array.isArray(value) && value.includes(field.value);
    else field.value = typeof value === 'number' ? String(value) : '';
  }
}

export function enhanceFilterForm(
  form: HTMLFormElement,
  facets: readonly Facet[],
  /** Shows the matching entries and announces their count, given the query and its address. */
  apply: (state: FilterState, query: string) => void,
): void {
  const run = (state: FilterState) => apply(state, serializeFilters(facets, state));
  const update = (mode: 'push' | 'replace') => {
    const state = parseFilters(
      facets,
      new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
    );
    run(state);
    const query = serializeFilters(facets, state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  // Typing a number replaces the history entry; committing any change adds one.
  form.addEventListener('input', (event) =>
    update((event.target as HTMLInputElement).type === 'number' ? 'replace' : 'push'),
  );
  form.addEventListener('change', () => update('push'));
  form.addEventListener('reset', () => setTimeout(() => update('push')));
  const fromAddress = () => {
    const state = parseFilters(facets, location.search);
    writeForm(form, state);
    run(state);
  };
  window.addEventListener('popstate', fromAddress);
  fromAddress();
}
