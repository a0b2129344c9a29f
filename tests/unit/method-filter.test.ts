import { describe, expect, it } from 'vitest';
import {
  bookletLinkLabel,
  bookletSelectionIntro,
  matchesFilters,
  parseFilters,
  resultCountLabel,
  serializeFilters,
  type MethodFacts,
} from '../../src/lib/method-filter.ts';

const known = {
  phases: ['cadrer', 'explorer', 'imaginer', 'animer'],
  difficulties: ['decouverte', 'intermediaire', 'confirme'],
};
const interview: MethodFacts = {
  phases: ['explorer'],
  durationMin: 45,
  durationMax: 90,
  peopleMin: 1,
  peopleMax: 2,
  difficulty: 'decouverte',
};
const worldCafe: MethodFacts = {
  phases: ['animer', 'imaginer'],
  durationMin: 90,
  durationMax: 180,
  peopleMin: 12,
  peopleMax: 80,
  difficulty: 'intermediaire',
};

describe('matchesFilters', () => {
  it('keeps every sheet without filters', () => {
    expect(matchesFilters(interview, { phases: [], difficulties: [] })).toBe(true);
  });

  it('matches a phase among all of a sheet’s phases, any of the chosen phases', () => {
    expect(matchesFilters(worldCafe, { phases: ['imaginer'], difficulties: [] })).toBe(true);
    expect(matchesFilters(worldCafe, { phases: ['cadrer', 'animer'], difficulties: [] })).toBe(
      true,
    );
    expect(matchesFilters(interview, { phases: ['imaginer'], difficulties: [] })).toBe(false);
  });

  it('« j’ai N minutes » keeps sheets whose shortest session fits, bounds included', () => {
    expect(matchesFilters(interview, { phases: [], difficulties: [], minutes: 45 })).toBe(true);
    expect(matchesFilters(interview, { phases: [], difficulties: [], minutes: 44 })).toBe(false);
    expect(matchesFilters(worldCafe, { phases: [], difficulties: [], minutes: 60 })).toBe(false);
  });

  it('« nous sommes N » keeps sheets whose group range includes N, bounds included', () => {
    expect(matchesFilters(worldCafe, { phases: [], difficulties: [], people: 12 })).toBe(true);
    expect(matchesFilters(worldCafe, { phases: [], difficulties: [], people: 80 })).toBe(true);
    expect(matchesFilters(worldCafe, { phases: [], difficulties: [], people: 11 })).toBe(false);
    expect(matchesFilters(interview, { phases: [], difficulties: [], people: 3 })).toBe(false);
  });

  it('combines filters: all must hold', () => {
    const filters = {
      phases: ['animer'],
      difficulties: ['intermediaire'],
      minutes: 120,
      people: 20,
    };
    expect(matchesFilters(worldCafe, filters)).toBe(true);
    expect(matchesFilters(worldCafe, { ...filters, minutes: 60 })).toBe(false);
    expect(matchesFilters(worldCafe, { ...filters, difficulties: ['decouverte'] })).toBe(false);
  });
});

describe('URL round trip', () => {
  it('writes and reads back the same filters', () => {
    const filters = {
      phases: ['explorer', 'animer'],
      minutes: 90,
      people: 12,
      difficulties: ['decouverte'],
    };
    const query = serializeFilters(filters);
    expect(query).toBe('phase=explorer&phase=animer&minutes=90&personnes=12&difficulte=decouverte');
    expect(parseFilters(query, known)).toEqual(filters);
  });

  it('gives an empty query for empty filters', () => {
    expect(serializeFilters({ phases: [], difficulties: [] })).toBe('');
  });

  it('drops unknown phases, duplicates and numbers that are not positive integers', () => {
    expect(
      parseFilters(
        '?phase=explorer&phase=explorer&phase=dormir&minutes=-5&personnes=abc&difficulte=expert',
        known,
      ),
    ).toEqual({
      phases: ['explorer'],
      difficulties: [],
    });
  });
});

describe('resultCountLabel', () => {
  it('agrees in number, in French', () => {
    expect(resultCountLabel(0)).toBe('Aucune fiche ne correspond à ces critères.');
    expect(resultCountLabel(1)).toBe('1 fiche correspond à ces critères.');
    expect(resultCountLabel(12)).toBe('12 fiches correspondent à ces critères.');
  });
});

describe('printing a selection of the library', () => {
  it('names the booklet link after what it prints', () => {
    expect(bookletLinkLabel(null)).toBe('Imprimer toute la bibliothèque (livret)');
    expect(bookletLinkLabel(1)).toBe('Imprimer la fiche affichée (livret)');
    expect(bookletLinkLabel(7)).toBe('Imprimer les 7 fiches affichées (livret)');
  });

  it('says in the booklet how many sheets of the library it holds', () => {
    expect(bookletSelectionIntro(7, 39)).toBe(
      'Ce livret réunit les 7 fiches de votre sélection, sur 39\u202F: un sommaire, puis une fiche par page A4.',
    );
    expect(bookletSelectionIntro(1, 39)).toBe(
      'Ce livret réunit la fiche de votre sélection, sur 39\u202F: un sommaire, puis une fiche par page A4.',
    );
    expect(bookletSelectionIntro(0, 39)).toBe(
      'Aucune des 39 fiches ne correspond à cette sélection.',
    );
  });
});
