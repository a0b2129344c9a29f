import { describe, expect, it } from 'vitest';
import {
  pagefindFilters,
  parseSearchQuery,
  serializeSearchQuery,
} from '../../src/lib/search-query.ts';

describe('search query in the URL', () => {
  it('reads the words, the filters and the sort', () => {
    expect(
      parseSearchQuery('?q=+atelier+élus+&type=méthode&phase=Explorer&phase=Imaginer&tri=recent'),
    ).toEqual({
      q: 'atelier élus',
      filters: { type: ['méthode'], phase: ['Explorer', 'Imaginer'] },
      sort: 'recent',
    });
  });

  it('round-trips through the URL', () => {
    const query = {
      q: 'entretien',
      filters: { type: ['projet'], objectif: ['Preuves'] },
      sort: 'pertinence' as const,
    };
    expect(parseSearchQuery(serializeSearchQuery(query))).toEqual(query);
  });

  it('ignores unknown parameters and defaults to relevance', () => {
    expect(parseSearchQuery('?q=x&couleur=bleu&tri=hasard')).toEqual({
      q: 'x',
      filters: {},
      sort: 'pertinence',
    });
  });

  it('asks Pagefind for any value within a filter', () => {
    expect(
      pagefindFilters({ q: 'x', filters: { phase: ['Explorer', 'Imaginer'] }, sort: 'pertinence' }),
    ).toEqual({
      phase: { any: ['Explorer', 'Imaginer'] },
    });
  });
});
