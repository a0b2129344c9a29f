// The state of /recherche/ as data: parsed from and written to its URL. Pure, shared by the page script and the tests.
import {
  matchesFilters,
  optionLabel,
  parseFilters,
  serializeFilters,
  type ChoiceFacet,
  type Facet,
  type FilterState,
} from './facets/facet.ts';
import {
  contentTypeFacet,
  rangeOfFilterValue,
  searchFacets,
  searchRangeFacets,
} from './facets/search-facets.ts';
import { formatMinutes } from './format.ts';
import { methodFacets } from './facets/method-facets.ts';
import { projectFacets } from './facets/project-facets.ts';

const facetOrder: readonly Facet[] = [contentTypeFacet, ...methodFacets, ...projectFacets];
import { optionsMeaning, readSituation } from './search-situation.ts';

export interface SearchQuery {
  q: string;
  /** Chosen values (ids) of the search facets, a number for a range; addresses that wrote labels still work. */
  filters: FilterState;
  /** « recent »: newest first, by the pages' date; otherwise by relevance. */
  sort: 'pertinence' | 'recent';
}

/** Every facet a search address may carry: the choices offered as filters and the ranges, in the sheets' order. */
const queryFacets: readonly Facet[] = [...searchFacets, ...searchRangeFacets].sort(
  (a, b) => facetOrder.indexOf(a) - facetOrder.indexOf(b),
);

export function parseSearchQuery(search: string | URLSearchParams): SearchQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: (params.get('q') ?? '').trim(),
    filters: parseFilters(queryFacets, params),
    sort: params.get('tri') === 'recent' ? 'recent' : 'pertinence',
  };
}

export function serializeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  new URLSearchParams(serializeFilters(queryFacets, query.filters)).forEach((value, name) =>
    params.append(name, value),
  );
  if (query.sort === 'recent') params.set('tri', 'recent');
  return params.toString();
}

/**
 * The query once its words are read as a situation (« 1 h 30 pour 20 personnes »): the filters
 * they say join the chosen ones, the other words stay to search as text.
 */
export function understandSearchQuery(query: SearchQuery): SearchQuery {
  const situation = readSituation(query.q);
  if (Object.keys(situation.filters).length === 0) return query;
  return { ...query, q: situation.words, filters: { ...query.filters, ...situation.filters } };
}

/** A filter value Pagefind never indexed: a range no entry fits then finds nothing. */
const noValue = '∅';

/**
 * Pagefind's filter argument: any of the chosen values within a filter, all filters together. A
 * range filter needs the values of the index (`indexValues`, from Pagefind's filters()): those
 * whose range fits the number by the facet's match rule; without them, range filters are left out.
 */
export function pagefindFilters(
  query: SearchQuery,
  indexValues?: Record<string, Record<string, number>>,
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, wanted] of Object.entries(query.filters)) {
    const range = searchRangeFacets.find((facet) => facet.name === name);
    if (!range) {
      filters[name] = { any: [wanted].flat().map(String) };
      continue;
    }
    if (!indexValues) continue;
    const fitting = Object.keys(indexValues[name] ?? {}).filter((value) => {
      const have = rangeOfFilterValue(value);
      return have && matchesFilters([range], { [name]: have }, { [name]: wanted });
    });
    filters[name] = { any: fitting.length ? fitting : [noValue] };
  }
  return filters;
}

/** True when the query holds a range filter, which needs Pagefind's filter index. */
export const hasRangeFilter = (query: SearchQuery) =>
  searchRangeFacets.some((facet) => query.filters[facet.name] !== undefined);

export interface FilterChip {
  /** What the chip says (« ≤ 1 h 30 », « 20 personnes », « À distance »). */
  label: string;
  /** The query without this filter. */
  without: SearchQuery;
}

/** How a chip writes a range filter's number. */
function rangeChipLabel(name: string, n: number): string {
  if (name === 'minutes') return `≤\u00A0${formatMinutes(n)}`;
  const facet = searchRangeFacets.find((f) => f.name === name)!;
  return `${n}\u00A0${facet.unit}`;
}

/**
 * The chosen filters as removable chips, in the facets' order. Values that one option means
 * together (« À distance »: à distance, or in person or at a distance) make one chip.
 */
export function filterChips(query: SearchQuery): FilterChip[] {
  const withFilters = (filters: FilterState) => ({ ...query, filters });
  const chips: FilterChip[] = [];
  for (const facet of queryFacets) {
    const wanted = query.filters[facet.name];
    if (wanted === undefined) continue;
    const { [facet.name]: _removed, ...others } = query.filters;
    if (typeof wanted === 'number') {
      chips.push({ label: rangeChipLabel(facet.name, wanted), without: withFilters(others) });
      continue;
    }
    let left = [...wanted];
    for (const option of (facet as ChoiceFacet).options) {
      const meant = optionsMeaning(facet as ChoiceFacet, option.id);
      if (meant.length < 2 || !meant.every((id) => left.includes(id))) continue;
      left = left.filter((id) => !meant.includes(id));
      chips.push(chip(facet as ChoiceFacet, option.label, meant));
    }
    for (const id of left)
      chips.push(chip(facet as ChoiceFacet, optionLabel(facet as ChoiceFacet, id), [id]));
  }
  return chips;

  function chip(facet: ChoiceFacet, label: string, ids: string[]): FilterChip {
    const rest = [query.filters[facet.name] ?? []]
      .flat()
      .map(String)
      .filter((id) => !ids.includes(id));
    const { [facet.name]: _removed, ...others } = query.filters;
    return {
      label: facet.name === 'phase' ? `${facet.label}\u202F: ${label}` : label,
      without: withFilters(rest.length ? { ...others, [facet.name]: rest } : others),
    };
  }
}
