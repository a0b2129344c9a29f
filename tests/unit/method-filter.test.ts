import { describe, expect, it } from 'vitest';
import { matchesFilters, parseFilters, resultCountLabel, serializeFilters, type MethodFacts } from '../../src/lib/method-filter.ts';

const known = { phases: ['cadrer', 'explorer', 'imaginer', 'animer'], difficulties: ['decouverte', 'intermediaire', 'confirme'] };
const interview: MethodFacts = { phases: ['explorer'], durationMin: 45, durationMax: 90, peopleMin: 1, peopleMax: 2, difficulty: 'decouverte' };
const worldCafe: MethodFacts = { phases: ['animer', 'imaginer'], durationMin: 90, durationMax: 180, peopleMin: 12, peopleMax: 80, difficulty: 'intermediaire' };

describe('matchesFilters', () => {
  it('keeps every sheet without filters', () => {
    expect(matchesFilters(interview, { phases: [], difficulties: [] })).toBe(true);
  });

  it('matches a phase among all of a sheet’s phases, any of the chosen phases', () => {
    expect(matchesFilters(worldCafe, { phases: ['imaginer'], difficulties: [] })).toBe(true);
    expect(matchesFilters(worldCafe, { phases: ['cadrer', 'animer'], difficulties: [] })).toBe(true);
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
    const filters = { phases: ['animer'], difficulties: ['intermediaire'], minutes: 120, people: 20 };
    expect(matchesFilters(worldCafe, filters)).toBe(true);
    expect(matchesFilters(worldCafe, { ...filters, minutes: 60 })).toBe(false);
    expect(matchesFilters(worldCafe, { ...filters, difficulties: ['decouverte'] })).toBe(false);
  });
});

describe('URL round trip', () => {
  it('writes and reads back the same filters', () => {
    const filters = { phases: ['explorer', 'animer'], minutes: 90, people: 12, difficulties: ['decouverte'] };
    const query = serializeFilters(filters);
    expect(query).toBe('phase=explorer&phase=animer&minutes=90&personnes=12&difficulte=decouverte');
    expect(parseFilters(query, known)).toEqual(filters);
  });

  it('gives an empty query for empty filters', () => {
    expect(serializeFilters({ phases: [], difficulties: [] })).toBe('');
  });

  it('drops unknown phases, duplicates and numbers that are not positive integers', () => {
    expect(parseFilters('?phase=explorer&phase=explorer&phase=dormir&minutes=-5&personnes=abc&difficulte=expert', known)).toEqual({
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
