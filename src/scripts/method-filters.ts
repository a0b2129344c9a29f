// Progressive enhancement of /methodes/: filters kept in the URL, counted for screen readers.
import { matchesFilters, parseFilters, resultCountLabel, serializeFilters, type MethodFacts, type MethodFilters } from '../lib/method-filter.ts';

const form = document.querySelector<HTMLFormElement>('#method-filters');
const count = document.querySelector<HTMLOutputElement>('#filter-count');

if (form && count) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-method]')].map((element) => ({ element, facts: factsOf(element) }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-phase-group]')];
  const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
  const known = { phases: values('phase'), difficulties: values('difficulte') };

  const readForm = (): MethodFilters => parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), known);
  const writeForm = (filters: MethodFilters) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      if (input.type === 'checkbox') input.checked = (input.name === 'phase' ? filters.phases : filters.difficulties).includes(input.value);
      else input.value = String((input.name === 'minutes' ? filters.minutes : filters.people) ?? '');
    }
  };
  const apply = (filters: MethodFilters) => {
    let shown = 0;
    for (const card of cards) {
      const visible = matchesFilters(card.facts, filters);
      card.element.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-method]:not([hidden])');
    count.textContent = serializeFilters(filters) ? resultCountLabel(shown) : `${cards.length} fiches.`;
  };
  const update = (mode: 'push' | 'replace') => {
    const filters = readForm();
    apply(filters);
    const query = serializeFilters(filters);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => update((event.target as HTMLInputElement).type === 'number' ? 'replace' : 'push'));
  form.addEventListener('change', () => update('push'));
  form.addEventListener('reset', () => setTimeout(() => update('push')));
  window.addEventListener('popstate', () => {
    const filters = parseFilters(location.search, known);
    writeForm(filters);
    apply(filters);
  });

  const initial = parseFilters(location.search, known);
  writeForm(initial);
  apply(initial);
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
