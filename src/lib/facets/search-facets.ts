// The filters of /recherche/: the kind of page, then the facets each collection offers in search.
// Pagefind indexes their ids (« phase:explorer »), the same values as in the library's addresses.
import type { ChoiceFacet } from './facet.ts';
import { methodFacets } from './method-facets.ts';
import { projectFacets } from './project-facets.ts';

/** The kind of a page, as the pages declare it to the index (`data-pagefind-filter="type:…"`). */
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

export const searchFacets: readonly ChoiceFacet[] = [
  contentTypeFacet,
  ...[...methodFacets, ...projectFacets].filter(
    (facet): facet is Extract<typeof facet, { kind: 'choice' }> =>
      facet.kind === 'choice' && facet.inSearch,
  ),
];
