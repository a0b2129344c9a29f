import { describe, expect, it } from 'vitest';
import {
  matchesProjectFilters,
  parseProjectFilters,
  projectCountLabel,
  serializeProjectFilters,
} from '../../src/lib/project-filter.ts';

const known = {
  objectives: ['preuves-de-concept', 'autonomie-des-services'],
  statuses: ['en-cours', 'termine', 'non-precise'],
};
const finished = { objective: 'preuves-de-concept', status: 'termine', start: 2017, end: 2018 };
const ongoing = { objective: 'autonomie-des-services', status: 'en-cours', start: 2021 };
const unknown = { objective: 'autonomie-des-services', status: 'non-precise', start: 2019 };

describe('project filters', () => {
  it('filter by objective type and by status', () => {
    expect(
      matchesProjectFilters(finished, { objectives: ['preuves-de-concept'], statuses: [] }, 2026),
    ).toBe(true);
    expect(
      matchesProjectFilters(ongoing, { objectives: ['preuves-de-concept'], statuses: [] }, 2026),
    ).toBe(false);
    expect(
      matchesProjectFilters(ongoing, { objectives: [], statuses: ['termine', 'en-cours'] }, 2026),
    ).toBe(true);
  });

  it('match a year within the documented span only', () => {
    const year = (y: number) => ({ objectives: [], statuses: [], year: y });
    expect(matchesProjectFilters(finished, year(2018), 2026)).toBe(true);
    expect(matchesProjectFilters(finished, year(2019), 2026)).toBe(false);
    expect(matchesProjectFilters(ongoing, year(2025), 2026)).toBe(true);
    expect(matchesProjectFilters(ongoing, year(2020), 2026)).toBe(false);
    expect(matchesProjectFilters(unknown, year(2019), 2026)).toBe(true);
    expect(matchesProjectFilters(unknown, year(2020), 2026)).toBe(false);
  });

  it('round-trip through the URL and drop unknown values', () => {
    const filters = { objectives: ['preuves-de-concept'], statuses: ['termine'], year: 2018 };
    expect(serializeProjectFilters(filters)).toBe(
      'objectif=preuves-de-concept&statut=termine&annee=2018',
    );
    expect(parseProjectFilters(serializeProjectFilters(filters), known)).toEqual(filters);
    expect(parseProjectFilters('objectif=autre&statut=fini&annee=dix', known)).toEqual({
      objectives: [],
      statuses: [],
    });
  });

  it('count in French', () => {
    expect(projectCountLabel(0)).toBe('Aucun projet ne correspond à ces critères.');
    expect(projectCountLabel(1)).toBe('1 projet correspond à ces critères.');
    expect(projectCountLabel(4)).toBe('4 projets correspondent à ces critères.');
  });
});
