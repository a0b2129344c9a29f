import { describe, expect, it } from 'vitest';
import {
  filterChips,
  pagefindFilters,
  parseSearchQuery,
  serializeSearchQuery,
  understandSearchQuery,
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

  it('reads the durations and group sizes of an address, as the library writes them', () => {
    expect(parseSearchQuery('?minutes=90&personnes=20').filters).toEqual({
      minutes: 90,
      personnes: 20,
    });
  });

  it('turns the situation of the words into filters, keeping the other words', () => {
    expect(
      understandSearchQuery({
        q: 'idées 1 h 30 à distance',
        filters: { type: ['methode'] },
        sort: 'pertinence',
      }),
    ).toEqual({
      q: 'idées',
      filters: { type: ['methode'], minutes: 90, modalite: ['a-distance', 'les-deux'] },
      sort: 'pertinence',
    });
  });

  it('keeps the index’s ranges that fit by each facet’s match rule', () => {
    const index = {
      minutes: { '30-60': 3, '90-180': 2, '120-240': 1 },
      personnes: { '3-8': 1, '8-24': 4 },
    };
    const query = { q: '', filters: { minutes: 90, personnes: 20 }, sort: 'pertinence' as const };
    // Durée « fits » (min ≤ 90); participant·e·s « contains » (min ≤ 20 ≤ max).
    expect(pagefindFilters(query, index)).toEqual({
      minutes: { any: ['30-60', '90-180'] },
      personnes: { any: ['8-24'] },
    });
    expect(pagefindFilters({ ...query, filters: { minutes: 10 } }, index)).toEqual({
      minutes: { any: ['∅'] },
    });
    expect(pagefindFilters(query), 'without the index, no range filter').toEqual({});
  });

  it('shows each filter as a chip that removes it', () => {
    const query = {
      q: 'idées',
      filters: {
        phase: ['explorer'],
        modalite: ['a-distance', 'les-deux'],
        minutes: 90,
        personnes: 20,
      },
      sort: 'pertinence' as const,
    };
    const chips = filterChips(query);
    expect(chips.map((c) => c.label)).toEqual([
      'Phase\u202F: Explorer',
      '≤\u00A01\u00A0h\u00A030',
      '20\u00A0personnes',
      'À distance',
    ]);
    expect(chips[3]!.without.filters).toEqual({ phase: ['explorer'], minutes: 90, personnes: 20 });
    expect(chips[1]!.without).toEqual({
      ...query,
      filters: { phase: ['explorer'], modalite: ['a-distance', 'les-deux'], personnes: 20 },
    });
  });
});
