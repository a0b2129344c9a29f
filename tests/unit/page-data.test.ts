import { describe, expect, it } from 'vitest';
import { groupByTerm, mainPhase } from '../../src/lib/page-data/groups.ts';
import { methodPages } from '../../src/lib/page-data/method-pages.ts';
import { offeredYears, projectPages, yearsLabel } from '../../src/lib/page-data/project-pages.ts';
import { phases } from '../../src/vocabulary/phases.ts';

// The data pages receive, computed from plain entries: no build needed.

const ref = (id: string) => ({ id });
const method = (id: string, first: string, liees: string[] = []) => ({
  id,
  data: { phases: [first, 'animer'], methodes_liees: liees.map(ref) },
});

describe('groups by a vocabulary', () => {
  it('lists each sheet once under its main phase, in the phases’ order, without empty groups', () => {
    const groups = groupByTerm(phases, [method('b', 'imaginer'), method('a', 'cadrer')], mainPhase);
    expect(groups.map((g) => [g.term.id, g.entries.map((e) => e.id)])).toEqual([
      ['cadrer', ['a']],
      ['imaginer', ['b']],
    ]);
  });

  it('keeps empty groups when asked (each objective type is shown, with or without projects)', () => {
    expect(groupByTerm(phases, [], mainPhase, { keepEmpty: true })).toHaveLength(phases.length);
  });
});

describe('a sheet’s page', () => {
  it('shows its related sheets both ways, the case studies and parcours that cite it', () => {
    const pages = methodPages(
      [method('a', 'cadrer', ['b']), method('b', 'explorer'), method('c', 'explorer')],
      [{ id: 'p', data: { methodes: [ref('b')] } }],
      [{ id: 'q', data: { etapes: [{ methode: ref('a') }, { methode: ref('b') }] } }],
    );
    const b = pages.find((p) => p.method.id === 'b')!;
    expect(b.related.map((m) => m.id)).toEqual(['a']);
    expect(b.projects.map((p) => p.id)).toEqual(['p']);
    expect(b.parcours.map((p) => p.id)).toEqual(['q']);
    expect(pages.find((p) => p.method.id === 'c')).toMatchObject({ related: [], projects: [] });
  });
});

describe('case studies', () => {
  const study = (debut: number, statut: string, fin?: number) => ({
    data: { debut, fin, statut, methodes: [ref('m')], partenaires: [] },
  });

  it('write their years in words', () => {
    expect(yearsLabel(study(2017, 'non-precise').data)).toBe('2017');
    expect(yearsLabel(study(2022, 'termine', 2023).data)).toBe('2022 – 2023');
    expect(yearsLabel(study(2021, 'en-cours').data)).toBe('2021 – en cours');
  });

  it('find the sheets they cite', () => {
    const [page] = projectPages([study(2017, 'termine', 2017)], [{ id: 'm' }, { id: 'n' }], []);
    expect(page!.methods).toEqual([{ id: 'm' }]);
  });

  it('offer, newest first, every year one of them is documented as active', () => {
    expect(
      offeredYears(
        [study(2022, 'termine', 2023), study(2025, 'en-cours'), study(2017, 'non-precise')],
        new Date('2026-03-01'),
      ),
    ).toEqual([2026, 2025, 2023, 2022, 2017]);
  });
});
