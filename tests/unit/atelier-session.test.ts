import { describe, expect, it } from 'vitest';
import {
  distinctSheets,
  moveStep,
  removeStep,
  resolveSession,
  type DraftSession,
} from '../../src/lib/atelier/session.ts';
import { isSheetFacts, sheetFacts } from '../../src/lib/atelier/sheet-facts.ts';
import { typesetData } from '../../src/lib/page-data/typeset-data.ts';
import { factsOf, sheet } from '../support/atelier-sheets.ts';

describe('a session’s steps', () => {
  it('moves a step up or down, kept within the list', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
    expect(removeStep(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('gives each sheet a duration within its range, its shortest when none is given, and drops unknown sheets', () => {
    const draft: DraftSession = {
      title: '',
      start: 540,
      groupSize: null,
      available: null,
      steps: [
        { kind: 'sheet', id: 'personas', minutes: null },
        { kind: 'sheet', id: 'personas', minutes: 500 },
        { kind: 'sheet', id: 'personas', minutes: 1 },
        { kind: 'sheet', id: 'disparue', minutes: 30 },
        { kind: 'sheet', id: 'personas', minutes: 150 },
        { kind: 'break', minutes: 1 },
      ],
    };
    const { session, missing } = resolveSession(
      draft,
      factsOf(sheet('personas', { duree: { min: 120, max: 180 } })),
    );
    expect(session.steps.map((s) => s.minutes)).toEqual([120, 180, 120, 150, 5]);
    expect(missing).toEqual(['disparue']);
    expect(distinctSheets(session.steps)).toEqual(['personas']);
  });
});

describe('a sheet’s facts for the planner', () => {
  it('are taken from the sheet’s data as pages receive it, typeset, and checked when fetched', () => {
    const facts = sheetFacts(
      'carte-d-empathie',
      typesetData({
        titre: "Carte d'empathie",
        phases: ['explorer', 'imaginer'],
        duree: { min: 45, max: 90 },
        participants: { min: 3, max: 8 },
        materiel: ['Des post-it : deux couleurs'],
        preparation: ['Relire les notes'],
      }),
      { sheet: '/methodes/carte-d-empathie/', support: null },
    );
    expect(facts.titre).toBe('Carte d’empathie');
    expect(facts.materiel).toEqual(['Des post-it\u202F: deux couleurs']);
    expect(isSheetFacts(JSON.parse(JSON.stringify(facts)))).toBe(true);
    expect(isSheetFacts({ ...facts, duree: { min: 90, max: 45 } })).toBe(false);
    expect(isSheetFacts({ ...facts, materiel: 'Des post-it' })).toBe(false);
    expect(isSheetFacts(null)).toBe(false);
  });
});
