// The state of /recherche/ as data: parsed from and written to its URL. Pure, shared by the page script and the tests.

/** Pagefind filters offered on /recherche/, in display order; also their URL parameter names. */
export const searchFilterNames = ['type', 'phase', 'objectif', 'difficulte'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

export interface SearchQuery {
  q: string;
  filters: Partial<Record<SearchFilterName, string[]>>;
  /** « recent »: newest first, by the pages' date; otherwise by relevance. */
  sort: 'pertinence' | 'recent';
}

export function parseSearchQuery(search: string | URLSearchParams): SearchQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchQuery['filters'] = {};
  for (const name of searchFilterNames) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('tri') === 'recent' ? 'recent' : 'pertinence',
  };
}

export function serializeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of searchFilterNames)
    query.filters[name]?.forEach((value) => params.append(name, value));
  if (query.sort === 'recent') params.set('tri', 'recent');
  return params.toString();
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(query: SearchQuery): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(query.filters).map(([name, values]) => [name, { any: values }]),
  );
}
