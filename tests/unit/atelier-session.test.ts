import { describe, expect, it } from 'vitest';
import {
  atelierSteps,
  distinctMethods,
  emptyAtelier,
  emptySession,
  mergeWithPrevious,
  moveInAtelier,
  moveStep,
  neighbourPosition,
  removeStep,
  resolveAtelier,
  splitSession,
  type Atelier,
  type DraftSession,
} from '../../src/lib/atelier/session.ts';
import { isMethodFacts, methodFacts } from '../../src/lib/atelier/method-facts.ts';
import { typesetData } from '../../src/lib/page-data/typeset-data.ts';
import { factsOf, method } from '../support/atelier-methods.ts';

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
      available: null,
      steps: [
        { kind: 'method', id: 'personas', minutes: null },
        { kind: 'method', id: 'personas', minutes: 500 },
        { kind: 'method', id: 'personas', minutes: 1 },
        { kind: 'method', id: 'disparue', minutes: 30 },
        { kind: 'method', id: 'personas', minutes: 150 },
        { kind: 'break', minutes: 1 },
      ],
    };
    const { atelier, missing } = resolveAtelier(
      { ...emptyAtelier(), sessions: [draft] },
      factsOf(method('personas', { duree: { min: 120, max: 180 } })),
    );
    expect(atelierSteps(atelier).map((s) => s.minutes)).toEqual([120, 180, 120, 150, 5]);
    expect(missing).toEqual(['disparue']);
    expect(distinctMethods(atelierSteps(atelier))).toEqual(['personas']);
  });
});

describe('an atelier’s sessions', () => {
  const ids = (atelier: Atelier<string>) => atelier.sessions.map((s) => s.steps.join(''));
  const of = (...sessions: string[]): Atelier<string> => ({
    ...emptyAtelier<string>(),
    sessions: sessions.map((steps, i) => ({
      ...emptySession<string>(),
      start: 540 + i,
      available: 60,
      steps: [...steps],
    })),
  });

  it('splits a session at a step (« Commencer une nouvelle séance ici ») and merges it back', () => {
    const split = splitSession(of('abcd'), { session: 0, step: 2 });
    expect(ids(split)).toEqual(['ab', 'cd']);
    // The new session starts at the same time of day; the time available stays with the first.
    expect(split.sessions.map((s) => [s.start, s.available])).toEqual([
      [540, 60],
      [540, null],
    ]);
    expect(splitSession(of('abcd'), { session: 0, step: 0 })).toEqual(of('abcd'));
    expect(mergeWithPrevious(split, 1)).toEqual(of('abcd'));
    expect(mergeWithPrevious(split, 0)).toEqual(split);
  });

  it('moves a step within its session and across into the previous or next one', () => {
    const atelier = of('ab', 'cd');
    expect(neighbourPosition(atelier, { session: 0, step: 0 }, 1)).toEqual({ session: 0, step: 1 });
    expect(neighbourPosition(atelier, { session: 0, step: 1 }, 1)).toEqual({ session: 1, step: 0 });
    expect(neighbourPosition(atelier, { session: 1, step: 0 }, -1)).toEqual({
      session: 0,
      step: 2,
    });
    expect(neighbourPosition(atelier, { session: 0, step: 0 }, -1)).toBeNull();
    expect(neighbourPosition(atelier, { session: 1, step: 1 }, 1)).toBeNull();
    expect(ids(moveInAtelier(atelier, { session: 0, step: 1 }, { session: 1, step: 0 }))).toEqual([
      'a',
      'bcd',
    ]);
    expect(ids(moveInAtelier(atelier, { session: 1, step: 0 }, { session: 0, step: 2 }))).toEqual([
      'abc',
      'd',
    ]);
    expect(ids(moveInAtelier(atelier, { session: 1, step: 1 }, { session: 1, step: 0 }))).toEqual([
      'ab',
      'dc',
    ]);
  });
});

describe('a sheet’s facts for the planner', () => {
  it('are taken from the sheet’s data as pages receive it, typeset, and checked when fetched', () => {
    const facts = methodFacts(
      'carte-d-empathie',
      typesetData({
        titre: "Carte d'empathie",
        phases: ['explorer', 'imaginer'],
        duree: { min: 45, max: 90 },
        participants: { min: 3, max: 8 },
        materiel: ['Des post-it : deux couleurs'],
        preparation: ['Relire les notes'],
      }),
      { method: '/methodes/carte-d-empathie/', canvas: null },
    );
    expect(facts.titre).toBe('Carte d’empathie');
    expect(facts.materiel).toEqual(['Des post-it\u202F: deux couleurs']);
    expect(isMethodFacts(JSON.parse(JSON.stringify(facts)))).toBe(true);
    expect(isMethodFacts({ ...facts, duree: { min: 90, max: 45 } })).toBe(false);
    expect(isMethodFacts({ ...facts, materiel: 'Des post-it' })).toBe(false);
    expect(isMethodFacts(null)).toBe(false);
  });
});
