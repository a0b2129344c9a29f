// The filters of /recherche/: the kind of page, then the facets each collection offers in search.
// Pagefind indexes their ids (« phase:explorer »), the same values as in the library's addresses.
import type { ChoiceFacet, Facts, RangeFacet } from './facet.ts';
import { methodFacets } from './method-facets.ts';
import { projectFacets } from './project-facets.ts';

/**
 * The kind of a page, as the pages declare it to the index (`data-pagefind-filter="type:…"`). Each
 * collection names its option (`searchType` in src/schemas/collections.ts); the options stay here
 * because this module runs in the browser, and the registry would bring every schema (and zod) with it.
 */
export const contentTypeFacet = {
  kind: 'choice',
  name: 'type',
  key: 'type',
  label: 'Type de contenu',
  help: 'Le genre de page.',
  options: [
    { id: 'methode', label: 'Méthode' },
    { id: 'parcours', label: 'Parcours' },
    { id: 'projet', label: 'Projet' },
    { id: 'partenaire', label: 'Partenaire' },
    { id: 'page', label: 'Page' },
  ],
  multiple: false,
  inSearch: true,
} as const satisfies ChoiceFacet;

export type ContentType = (typeof contentTypeFacet)['options'][number]['id'];

export const searchFacets: readonly ChoiceFacet[] = [
  contentTypeFacet,
  ...[...methodFacets, ...projectFacets].filter(
    (facet): facet is Extract<typeof facet, { kind: 'choice' }> =>
      facet.kind === 'choice' && facet.inSearch,
  ),
];

/**
 * The method facets over a range (durée, participant·e·s), applied on /recherche/ when a query
 * says them (src/lib/search-situation.ts). Each sheet gives the index its range as one filter value
 * (« minutes:45-90 »); the page keeps the values that fit the reader's number by the facet's own
 * match rule (`matchesFilters`), so that « fits » and « contains » are defined once.
 */
export const searchRangeFacets: readonly RangeFacet[] = methodFacets.filter(
  (facet): facet is Extract<typeof facet, { kind: 'range' }> => facet.kind === 'range',
);

/** An entry's range as a search filter value: [45, 90] → « 45-90 ». */
export function rangeFilterValue([min, max]: readonly [number, number]): string {
  return `${min}-${max}`;
}

/** The range of a filter value written by `rangeFilterValue`, or undefined. */
export function rangeOfFilterValue(value: string): [number, number] | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The Pagefind filters of an entry for the range facets offered in search (« minutes:45-90 »). */
export function searchRangeFilterValues(facts: Facts): string[] {
  return searchRangeFacets.flatMap((facet) => {
    const range = facts[facet.name];
    return range ? [`${facet.name}:${rangeFilterValue(range as readonly [number, number])}`] : [];
  });
}
