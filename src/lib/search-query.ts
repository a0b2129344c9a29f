// The state of /recherche/ as data: parsed from and written to its URL. Pure, shared by the page script and the tests.
import { parseFilters, serializeFilters, type FilterState } from './facets/facet.ts';
import { searchFacets } from './facets/search-facets.ts';

export interface SearchQuery {
  q: string;
  /** Chosen values (ids) of the search facets; addresses that wrote labels still work. */
  filters: FilterState;
  /** « recent »: newest first, by the pages' date; otherwise by relevance. */
  sort: 'pertinence' | 'recent';
}

export function parseSearchQuery(search: string | URLSearchParams): SearchQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: (params.get('q') ?? '').trim(),
    filters: parseFilters(searchFacets, params),
    sort: params.get('tri') === 'recent' ? 'recent' : 'pertinence',
  };
}

export function serializeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  new URLSearchParams(serializeFilters(searchFacets, query.filters)).forEach((value, name) =>
    params.append(name, value),
  );
  if (query.sort === 'recent') params.set('tri', 'recent');
  return params.toString();
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(query: SearchQuery): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(query.filters).map(([name, values]) => [
      name,
      { any: [values].flat().map(String) },
    ]),
  );
}
