// /recherche/: runs the query of the URL with Pagefind's JS API, shows results, filters with counts and deep links.
import { pagefindCacheTag, pagefindScript, searchRanking } from '../lib/search-engine.ts';
import { countFilters, optionLabel } from '../lib/facets/facet.ts';
import { searchFacets } from '../lib/facets/search-facets.ts';
import { typesetApostrophes, withoutElision } from '../lib/french-elision.ts';
import {
  filterChips,
  hasRangeFilter,
  pagefindFilters,
  parseSearchQuery,
  serializeSearchQuery,
  understandSearchQuery,
  type SearchQuery,
} from '../lib/search-query.ts';
import { readSituation } from '../lib/search-situation.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, options: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (q: string, options: Record<string, unknown>) => Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const sort = form.querySelector<HTMLSelectElement>('#tri')!;
const filtersBox = form.querySelector<HTMLElement>('#search-filters')!;
// Folded by default, so that on a phone the results come first; unfolded while filters are chosen.
const filtersDisclosure = form.querySelector<HTMLDetailsElement>('#search-filters-box')!;
const filtersSummary = filtersDisclosure.querySelector<HTMLElement>('summary')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const chipList = form.querySelector<HTMLUListElement>('#search-chips')!;
const strings = JSON.parse(form.dataset.strings ?? '{}') as {
  loading: string;
  noQuery: string;
  noResults: string;
  noResultsHelp: string;
  resultCount: string;
  resultCountOne: string;
  filters: string;
  filtersChosen: string;
  filtersChosenMany: string;
  chipRemove: string;
  filteredCount: string;
  filteredCountOne: string;
  filteredNone: string;
  filteredNoneHelp: string;
};
/** Results shown at once: each one costs a download, so more come on demand. */
const pageSize = 10;
let pagefind: Promise<Pagefind> | undefined;
let remaining: PagefindSearch['results'] = [];
let latest = 0;
let current: SearchQuery = parseSearchQuery(location.search);
/** The filter index (every filter's values, for the counts) is loaded only once the filters are unfolded. */
let filterIndex: Promise<Record<string, Record<string, number>>> | undefined;
const loadFilterIndex = (engine: Pagefind) => (filterIndex ??= engine.filters());

document.querySelector<HTMLElement>('#search-js-needed')!.hidden = true;
form.querySelector<HTMLElement>('#search-options')!.hidden = false;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ pagefindScript).then(async (module: Pagefind) => {
    // Searching on the page's own thread: Pagefind's worker would be a second 12 KB download.
    // The cache tag matches the entry file the page preloads (src/lib/search-engine.ts).
    await module.options({
      excerptLength: 24,
      noWorker: true,
      metaCacheTag: pagefindCacheTag,
      ranking: searchRanking,
    });
    return module;
  });
  return pagefind;
}

function readForm(): SearchQuery {
  const params = new URLSearchParams();
  params.set('q', input.value);
  params.set('tri', sort.value);
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input:checked'))
    params.append(box.name, box.value);
  const read = parseSearchQuery(params);
  // Filters without a checkbox here (the ranges; a choice whose box is not shown) stay as they are.
  const shown = new Set(
    [...filtersBox.querySelectorAll<HTMLInputElement>('input')].map((b) => b.name),
  );
  const kept = Object.entries(current.filters).filter(([name]) => !shown.has(name));
  return { ...read, filters: { ...Object.fromEntries(kept), ...read.filters } };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// The checkboxes' filters: the ranges are shown as chips only.
const chosenFilters = (query: SearchQuery) =>
  countFilters(
    Object.fromEntries(
      searchFacets.flatMap((f) =>
        query.filters[f.name] ? [[f.name, query.filters[f.name]!]] : [],
      ),
    ),
  );
const chosenValues = (query: SearchQuery, name: string) =>
  [query.filters[name] ?? []].flat().map(String);

function renderFilters(query: SearchQuery, counts: Record<string, Record<string, number>>) {
  const chosen = chosenFilters(query);
  filtersSummary.textContent =
    chosen === 0
      ? strings.filters
      : (chosen === 1 ? strings.filtersChosen : strings.filtersChosenMany).replace(
          '{n}',
          String(chosen),
        );
  if (chosen > 0) filtersDisclosure.open = true;
  filtersBox.replaceChildren(
    ...searchFacets
      .filter((facet) => Object.keys(counts[facet.name] ?? {}).length > 0)
      .map((facet) =>
        element(
          'fieldset',
          {},
          element('legend', { textContent: facet.label }),
          // In the vocabulary's order, as the library shows them.
          ...facet.options
            .map((option) => [option.id, counts[facet.name]?.[option.id] ?? 0] as const)
            .filter(
              ([value, count]) => count > 0 || chosenValues(query, facet.name).includes(value),
            )
            .map(([value, count]) => {
              const box = document.createElement('input');
              Object.assign(box, {
                type: 'checkbox',
                name: facet.name,
                value,
                checked: chosenValues(query, facet.name).includes(value),
              });
              return element('label', {}, box, `${optionLabel(facet, value)} (${count})`);
            }),
        ),
      ),
  );
}

/** The index holds straight apostrophes (src/lib/french-elision.ts): shown typeset again, text node by text node. */
function typesetText(root: Node) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.nodeValue = typesetApostrophes(node.nodeValue ?? '');
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const excerpt = element('p');
  // Without words, nothing to highlight: the page's summary says more than its first words.
  if (!current.q && data.meta.summary) excerpt.textContent = data.meta.summary;
  else excerpt.innerHTML = data.excerpt; // Pagefind escapes page text; only <mark> is added.
  const item = element(
    'li',
    {},
    element('h2', {}, element('a', { href: data.url, textContent: data.meta.title ?? data.url })),
  );
  if (data.meta.type)
    item.append(element('p', { className: 'result-type', textContent: data.meta.type }));
  item.append(excerpt);
  typesetText(item);
  const sections = data.sub_results
    .filter((sub) => sub.url.includes('#') && sub.excerpt.includes('<mark>'))
    .slice(0, 3);
  if (sections.length) {
    item.append(
      element(
        'ul',
        { className: 'sub-results' },
        ...sections.map((sub) =>
          element('li', {}, element('a', { href: sub.url, textContent: sub.title })),
        ),
      ),
    );
    typesetText(item.lastElementChild!);
  }
  return item;
}

function renderChips(query: SearchQuery) {
  const chips = filterChips(query);
  chipList.hidden = chips.length === 0;
  chipList.replaceChildren(
    ...chips.map((chip, index) => {
      const button = element(
        'button',
        { type: 'button' },
        element('span', { className: 'visually-hidden', textContent: `${strings.chipRemove} ` }),
        chip.label,
        element('span', { ariaHidden: 'true', textContent: ' ✕' }),
      );
      button.addEventListener('click', () => {
        commit(chip.without);
        // The focus stays in the list: on the chip that takes this one's place, or the search box.
        const next = chipList.querySelectorAll('button')[index] ?? chipList.querySelector('button');
        (next ?? input).focus();
      });
      return element('li', {}, button);
    }),
  );
}

const searchOptions = (
  query: SearchQuery,
  indexValues?: Record<string, Record<string, number>>,
) => ({
  filters: pagefindFilters(query, indexValues),
  ...(query.sort === 'recent' ? { sort: { date: 'desc' } } : {}),
});

async function run(asked: SearchQuery) {
  // Words that say a situation (« 1 h 30 pour 20 personnes ») become filters, in the address too.
  const query = understandSearchQuery(asked);
  if (query !== asked) {
    const serialized = serializeSearchQuery(query);
    history.replaceState(null, '', `${location.pathname}${serialized ? `?${serialized}` : ''}`);
  }
  current = query;
  const ticket = ++latest;
  input.value = query.q;
  sort.value = query.sort;
  renderChips(query);
  const filtered = countFilters(query.filters) > 0;
  if (!query.q && !filtered) {
    status.textContent = strings.noQuery;
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  status.textContent = strings.loading;
  const engine = await loadPagefind();
  const indexValues =
    filtersDisclosure.open || chosenFilters(query) > 0 || hasRangeFilter(query)
      ? await loadFilterIndex(engine)
      : undefined;
  // With no words left, every page that fits the filters (the sheets, for a situation).
  const search = await engine.search(withoutElision(query.q) || null, searchOptions(query, indexValues));
  const results = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
  if (ticket !== latest) return;
  renderFilters(query, search.filters);
  list.replaceChildren(...results.map(renderResult));
  remaining = search.results.slice(pageSize);
  more.hidden = remaining.length === 0;
  const n = search.results.length;
  if (!query.q) {
    if (n === 0)
      status.replaceChildren(
        strings.filteredNone,
        ' ',
        element('span', { textContent: strings.filteredNoneHelp }),
        ' ',
        element('a', { href: '/methodes/', textContent: 'Parcourir les méthodes' }),
      );
    else
      status.textContent = (n === 1 ? strings.filteredCountOne : strings.filteredCount).replace(
        '{n}',
        String(n),
      );
  } else if (results.length === 0) {
    status.replaceChildren(
      strings.noResults.replace('{q}', query.q),
      ' ',
      element('span', { textContent: strings.noResultsHelp }),
      ' ',
      element('a', { href: '/methodes/', textContent: 'Parcourir les méthodes' }),
    );
  } else {
    status.textContent = (n === 1 ? strings.resultCountOne : strings.resultCount)
      .replace('{n}', String(n))
      .replace('{q}', query.q);
  }
}

function commit(query: SearchQuery) {
  const serialized = serializeSearchQuery(query);
  const url = `${location.pathname}${serialized ? `?${serialized}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void run(query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit({ ...readForm(), filters: {} });
});
form.addEventListener('change', (event) => {
  if (event.target !== input) commit(readForm());
});
more.addEventListener('click', async () => {
  const next = await Promise.all(remaining.slice(0, pageSize).map((r) => r.data()));
  remaining = remaining.slice(pageSize);
  const items = next.map(renderResult);
  list.append(...items);
  more.hidden = remaining.length === 0;
  // Keyboard users continue from the first new result.
  items[0]?.querySelector('a')?.focus();
});
input.addEventListener('focus', () => void loadPagefind(), { once: true });
// While a query is typed here, the index of its words loads, so that it is there on Enter.
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  const words = readSituation(input.value).words;
  if (words.length < 2) return;
  typing = setTimeout(
    async () =>
      void (await loadPagefind()).preload(withoutElision(words), searchOptions(readForm())),
    300,
  );
});
// Unfolding the filters loads their counts for the current search, leaving the results as they are.
filtersDisclosure.addEventListener('toggle', async () => {
  if (!filtersDisclosure.open || filterIndex || !current.q) return;
  const query = current;
  filtersBox.replaceChildren(strings.loading);
  const engine = await loadPagefind();
  const indexValues = await loadFilterIndex(engine);
  const search = await engine.search(withoutElision(query.q) || null, searchOptions(query, indexValues));
  if (query === current) renderFilters(query, search.filters);
});
window.addEventListener('popstate', () => void run(parseSearchQuery(location.search)));
void run(parseSearchQuery(location.search));
