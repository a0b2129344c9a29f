import { describe, expect, it } from 'vitest';
import {
  displayValue,
  factsOf,
  matchesFilters,
  parseFilters,
  searchFilterValues,
  serializeFilters,
  type Facts,
} from '../../src/lib/facets/facet.ts';
import { methodFacets } from '../../src/lib/facets/method-facets.ts';
import { projectFacets } from '../../src/lib/facets/project-facets.ts';
import { contentTypeFacet } from '../../src/lib/facets/search-facets.ts';
import {
  type CollectionSpec,
  collectionNames,
  collectionSpecs,
} from '../../src/schemas/collections.ts';

const interview: Facts = {
  phase: ['explorer'],
  minutes: [45, 90],
  personnes: [1, 2],
  difficulte: ['decouverte'],
};
const worldCafe: Facts = {
  phase: ['animer', 'imaginer'],
  minutes: [90, 180],
  personnes: [12, 80],
  difficulte: ['intermediaire'],
};
const match = (facts: Facts, query: string) =>
  matchesFilters(methodFacets, facts, parseFilters(methodFacets, query));

describe('method facets: matching', () => {
  it('keeps every sheet without filters', () => {
    expect(match(interview, '')).toBe(true);
  });

  it('matches a phase among all of a sheet’s phases, any of the chosen phases', () => {
    expect(match(worldCafe, 'phase=imaginer')).toBe(true);
    expect(match(worldCafe, 'phase=cadrer&phase=animer')).toBe(true);
    expect(match(interview, 'phase=imaginer')).toBe(false);
  });

  it('« j’ai N minutes » keeps sheets whose shortest session fits, bounds included', () => {
    expect(match(interview, 'minutes=45')).toBe(true);
    expect(match(interview, 'minutes=44')).toBe(false);
    expect(match(worldCafe, 'minutes=60')).toBe(false);
  });

  it('« nous sommes N » keeps sheets whose group range includes N, bounds included', () => {
    expect(match(worldCafe, 'personnes=12')).toBe(true);
    expect(match(worldCafe, 'personnes=80')).toBe(true);
    expect(match(worldCafe, 'personnes=11')).toBe(false);
    expect(match(interview, 'personnes=3')).toBe(false);
  });

  it('combines filters: all must hold', () => {
    const all = 'phase=animer&difficulte=intermediaire&minutes=120&personnes=20';
    expect(match(worldCafe, all)).toBe(true);
    expect(match(worldCafe, all.replace('minutes=120', 'minutes=60'))).toBe(false);
    expect(match(worldCafe, all.replace('intermediaire', 'decouverte'))).toBe(false);
  });
});

describe('method facets: the address', () => {
  it('writes and reads back the same filters, in the facets’ order', () => {
    const state = {
      phase: ['explorer', 'animer'],
      minutes: 90,
      personnes: 12,
      difficulte: ['decouverte'],
    };
    const query = serializeFilters(methodFacets, state);
    expect(query).toBe('phase=explorer&phase=animer&minutes=90&personnes=12&difficulte=decouverte');
    expect(parseFilters(methodFacets, query)).toEqual(state);
  });

  it('gives an empty query for no filter', () => {
    expect(serializeFilters(methodFacets, {})).toBe('');
  });

  it('drops unknown values, duplicates and numbers that are not positive integers', () => {
    expect(
      parseFilters(
        methodFacets,
        '?phase=explorer&phase=explorer&phase=dormir&minutes=-5&personnes=abc&difficulte=expert',
      ),
    ).toEqual({ phase: ['explorer'] });
  });

  it('reads the labels older search addresses carried, as ids', () => {
    expect(parseFilters(methodFacets, '?phase=Explorer&difficulte=D%C3%A9couverte')).toEqual({
      phase: ['explorer'],
      difficulte: ['decouverte'],
    });
  });
});

describe('method facets: what a sheet shows and indexes', () => {
  const method = {
    phases: ['explorer', 'imaginer'],
    duree: { min: 90, max: 180 },
    participants: { min: 3, max: 8 },
    difficulte: 'intermediaire',
    modalite: 'les-deux',
  };

  it('reads each facet from its field', () => {
    expect(factsOf(methodFacets, method)).toMatchObject({
      phase: ['explorer', 'imaginer'],
      minutes: [90, 180],
      personnes: [3, 8],
      difficulte: ['intermediaire'],
    });
  });

  it('refuses an entry without a facet’s field rather than read « undefined »', () => {
    const { modalite: _left, ...withoutModality } = method;
    expect(() => factsOf(methodFacets, withoutModality)).toThrow(/« modalite »/);
  });

  it('writes the facts panel in French, and shorter on a card', () => {
    const facts = factsOf(methodFacets, method);
    const [phase, minutes, people, difficulty] = methodFacets;
    expect(displayValue(phase, facts)).toBe('Explorer, Imaginer');
    expect(displayValue(minutes, facts)).toBe('1\u00A0h\u00A030 à 3\u00A0h');
    expect(displayValue(people, facts)).toBe('3 à 8\u00A0personnes');
    expect(displayValue(people, facts, true)).toBe('3 à 8\u00A0pers.');
    expect(displayValue(difficulty, facts)).toBe('Intermédiaire');
  });

  it('gives the search index the ids of the facets offered in search', () => {
    expect(searchFilterValues(methodFacets, factsOf(methodFacets, method))).toEqual(
      expect.arrayContaining(['phase:explorer', 'phase:imaginer', 'difficulte:intermediaire']),
    );
  });
});

describe('project facets', () => {
  const today = new Date('2026-06-01');
  const facts = (data: Record<string, unknown>) => factsOf(projectFacets, data, today);
  const finished = facts({
    objectif: 'preuves-de-concept',
    statut: 'termine',
    debut: 2017,
    fin: 2018,
  });
  const ongoing = facts({ objectif: 'autonomie-des-services', statut: 'en-cours', debut: 2021 });
  const unknown = facts({ objectif: 'autonomie-des-services', statut: 'non-precise', debut: 2019 });
  const match = (f: Facts, query: string) =>
    matchesFilters(projectFacets, f, parseFilters(projectFacets, query));

  it('filter by objective type and by status', () => {
    expect(match(finished, 'objectif=preuves-de-concept')).toBe(true);
    expect(match(ongoing, 'objectif=preuves-de-concept')).toBe(false);
    expect(match(ongoing, 'statut=termine&statut=en-cours')).toBe(true);
  });

  it('match a year within the documented span only', () => {
    expect(match(finished, 'annee=2018')).toBe(true);
    expect(match(finished, 'annee=2019')).toBe(false);
    expect(match(ongoing, 'annee=2025')).toBe(true);
    expect(match(ongoing, 'annee=2020')).toBe(false);
    expect(match(unknown, 'annee=2019')).toBe(true);
    expect(match(unknown, 'annee=2020')).toBe(false);
  });

  it('round-trip through the URL and drop unknown values', () => {
    const state = { objectif: ['preuves-de-concept'], statut: ['termine'], annee: 2018 };
    expect(serializeFilters(projectFacets, state)).toBe(
      'objectif=preuves-de-concept&statut=termine&annee=2018',
    );
    expect(parseFilters(projectFacets, serializeFilters(projectFacets, state))).toEqual(state);
    expect(parseFilters(projectFacets, 'objectif=autre&statut=fini&annee=dix')).toEqual({});
  });
});

describe('the content type facet', () => {
  it('offers exactly the content types the collections give their pages', () => {
    const declared = collectionNames.flatMap((name) => {
      const spec: CollectionSpec = collectionSpecs[name];
      return spec.searchType ? [spec.searchType] : [];
    });
    expect(contentTypeFacet.options.map((o) => o.id).sort()).toEqual(declared.sort());
  });
});
