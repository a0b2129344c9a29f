import { describe, expect, it } from 'vitest';
import {
  pagefindFilters,
  parseSearchQuery,
  serializeSearchQuery,
} from '../../src/lib/search-query.ts';

describe('search query in the URL', () => {
  it('reads the words, the filters (as ids) and the sort', () => {
    expect(
      parseSearchQuery('?q=+atelier+élus+&type=methode&phase=explorer&phase=imaginer&tri=recent'),
    ).toEqual({
      q: 'atelier élus',
      filters: { type: ['methode'], phase: ['explorer', 'imaginer'] },
      sort: 'recent',
    });
  });

  it('still reads older addresses, which carried labels', () => {
    expect(parseSearchQuery('?q=x&type=méthode&phase=Explorer').filters).toEqual({
      type: ['methode'],
      phase: ['explorer'],
    });
  });

  it('round-trips through the URL', () => {
    const query = {
      q: 'entretien',
      filters: { type: ['projet'], objectif: ['preuves-de-concept'] },
      sort: 'pertinence' as const,
    };
    expect(parseSearchQuery(serializeSearchQuery(query))).toEqual(query);
  });

  it('ignores unknown parameters and values, and defaults to relevance', () => {
    expect(parseSearchQuery('?q=x&couleur=bleu&phase=dormir&tri=hasard')).toEqual({
      q: 'x',
      filters: {},
      sort: 'pertinence',
    });
  });

  it('asks Pagefind for any value within a filter', () => {
    expect(
      pagefindFilters({ q: 'x', filters: { phase: ['explorer', 'imaginer'] }, sort: 'pertinence' }),
    ).toEqual({ phase: { any: ['explorer', 'imaginer'] } });
  });
});
