import { describe, expect, it } from 'vitest';
import { atelierWarnings, warningMessage } from '../../src/lib/atelier/warnings.ts';
import {
  emptyAtelier,
  emptySession,
  type Atelier,
  type Session,
  type Step,
} from '../../src/lib/atelier/session.ts';
import type { PhaseId } from '../../src/vocabulary/phases.ts';
import { factsOf, method } from '../support/atelier-methods.ts';

type OneSession = Partial<Session> & { groupSize?: number | null };
/** An atelier of one session. */
const session = (steps: Step[], { groupSize = null, ...overrides }: OneSession = {}): Atelier => ({
  ...emptyAtelier(),
  groupSize,
  sessions: [{ ...emptySession(), steps, ...overrides }],
});
const step = (id: string, minutes = 30): Step => ({ kind: 'method', id, minutes });

describe('warnings: group size', () => {
  const facts = factsOf(
    method('entretien', { titre: 'Entretien', participants: { min: 1, max: 2 } }),
    method('world-cafe', {
      titre: 'World café',
      participants: { min: 12, max: 100 },
      phases: ['animer'],
    }),
  );

  it('says when the group is larger than a method allows', () => {
    const warnings = atelierWarnings(session([step('entretien')], { groupSize: 6 }), facts);
    expect(warnings.map((w) => w.kind)).toEqual(['group-too-large']);
    expect(warningMessage(warnings[0]!)).toBe(
      '«\u202FEntretien\u202F» se pratique de 1 à 2\u00A0personnes\u202F; votre groupe en compte 6. Formez des sous-groupes ou choisissez une autre méthode.',
    );
  });

  it('says when the group is smaller than a method needs', () => {
    const warnings = atelierWarnings(session([step('world-cafe')], { groupSize: 8 }), facts);
    expect(warnings.map((w) => [w.kind, 'position' in w && w.position])).toEqual([
      ['group-too-small', { session: 0, step: 0 }],
    ]);
    expect(warningMessage(warnings[0]!)).toBe(
      '«\u202FWorld café\u202F» se pratique de 12 à 100\u00A0personnes\u202F; votre groupe n’en compte que 8.',
    );
  });

  it('says nothing within the range, at its bounds, or when no group size is given', () => {
    expect(atelierWarnings(session([step('entretien')], { groupSize: 2 }), facts)).toEqual([]);
    expect(atelierWarnings(session([step('world-cafe')], { groupSize: 12 }), facts)).toEqual([]);
    expect(atelierWarnings(session([step('entretien'), step('world-cafe')]), facts)).toEqual([]);
  });
});

describe('warnings: a session longer than planned', () => {
  const facts = factsOf(method('a'), method('b'));

  it('says by how much the session overruns the time available', () => {
    const steps: Step[] = [step('a', 90), { kind: 'break', minutes: 15 }, step('b', 90)];
    const warnings = atelierWarnings(session(steps, { available: 180 }), facts);
    expect(warnings).toEqual([
      { kind: 'overrun', session: 0, total: 195, available: 180, over: 15 },
    ]);
    expect(warningMessage(warnings[0]!)).toBe(
      'L’atelier dure 3\u00A0h\u00A015, soit 15\u00A0min de plus que les 3\u00A0h prévues.',
    );
  });

  it('says nothing when it fits exactly or no time is given', () => {
    expect(
      atelierWarnings(session([step('a', 90), step('b', 90)], { available: 180 }), facts),
    ).toEqual([]);
    expect(atelierWarnings(session([step('a', 90), step('b', 90)]), facts)).toEqual([]);
  });
});

describe('warnings: an atelier of several sessions', () => {
  const facts = factsOf(
    method('a', { titre: 'A', phases: ['explorer'] }),
    method('b', { titre: 'B', phases: ['cadrer'], participants: { min: 1, max: 4 } }),
  );

  it('says which session runs past its own time available, and only that one', () => {
    const atelier: Atelier = {
      ...emptyAtelier(),
      sessions: [
        { ...emptySession(), available: 120, steps: [step('a', 90), step('a', 30)] },
        {
          ...emptySession(),
          available: 60,
          steps: [step('a', 45), { kind: 'break', minutes: 30 }],
        },
        { ...emptySession(), steps: [step('a', 300)] },
      ],
    };
    const warnings = atelierWarnings(atelier, facts);
    expect(warnings).toEqual([{ kind: 'overrun', session: 1, total: 75, available: 60, over: 15 }]);
    expect(warningMessage(warnings[0]!, atelier.sessions.length)).toBe(
      'La séance 2 dure 1\u00A0h\u00A015, soit 15\u00A0min de plus que les 1\u00A0h prévues.',
    );
  });

  it('places each step’s warning in its session, and follows the phases from one session to the next', () => {
    const atelier: Atelier = {
      ...emptyAtelier(),
      groupSize: 6,
      sessions: [
        { ...emptySession(), steps: [step('a')] },
        { ...emptySession(), steps: [{ kind: 'break', minutes: 10 }, step('b')] },
      ],
    };
    const warnings = atelierWarnings(atelier, facts);
    expect(warnings.map((w) => [w.kind, 'position' in w && w.position])).toEqual([
      ['group-too-large', { session: 1, step: 1 }],
      ['phase-order', { session: 1, step: 1 }],
    ]);
  });
});

describe('warnings: phase order', () => {
  const phased = (id: string, ...phases: PhaseId[]) => method(id, { titre: id, phases });
  const facts = factsOf(
    phased('cadrage', 'cadrer'),
    phased('terrain', 'explorer'),
    phased('idees', 'imaginer'),
    phased('prototype', 'experimenter'),
    phased('bilan', 'evaluer'),
    phased('explore-ou-imagine', 'explorer', 'imaginer'),
    phased('imagine-ou-experimente', 'imaginer', 'experimenter'),
    phased('brise-glace', 'animer'),
    phased('retrospective', 'animer', 'evaluer'),
    phased('brainstorming', 'imaginer', 'animer'),
  );
  const kinds = (...ids: string[]) =>
    atelierWarnings(session(ids.map((id) => step(id))), facts).map((w) =>
      w.kind === 'phase-order' ? `${w.method.id} après ${w.previous.id}` : w.kind,
    );

  it('says when a method’s phase comes before the previous one’s', () => {
    expect(kinds('prototype', 'terrain')).toEqual(['terrain après prototype']);
    const [warning] = atelierWarnings(session([step('prototype'), step('terrain')]), facts);
    expect(warningMessage(warning!)).toBe(
      '«\u202Fterrain\u202F» (Explorer) vient après «\u202Fprototype\u202F» (Expérimenter), une phase plus avancée d’un projet.',
    );
  });

  it('says nothing when the phases go forward or stay', () => {
    expect(kinds('cadrage', 'terrain', 'terrain', 'idees', 'prototype', 'bilan')).toEqual([]);
  });

  it('reads a sheet of several phases at the earliest one that does not go back', () => {
    expect(kinds('idees', 'explore-ou-imagine', 'imagine-ou-experimente')).toEqual([]);
    // Read at Imaginer to follow « idees »: « terrain » (Explorer) then goes back.
    expect(kinds('idees', 'explore-ou-imagine', 'terrain')).toEqual([
      'terrain après explore-ou-imagine',
    ]);
    expect(kinds('prototype', 'explore-ou-imagine')).toEqual([
      'explore-ou-imagine après prototype',
    ]);
  });

  it('lets facilitation formats (Animer) fit anywhere, without moving the session’s phase', () => {
    expect(kinds('brise-glace', 'prototype', 'brise-glace', 'retrospective', 'bilan')).toEqual([]);
    // A sheet that lists Animer among other phases is a facilitation format too.
    expect(kinds('prototype', 'brainstorming', 'bilan')).toEqual([]);
    expect(kinds('prototype', 'brise-glace', 'terrain')).toEqual(['terrain après prototype']);
  });

  it('compares the next sheet with the one that went back, not with the furthest phase reached', () => {
    expect(kinds('bilan', 'terrain', 'idees')).toEqual(['terrain après bilan']);
  });

  it('lists the warning’s sheets in every phase they belong to', () => {
    const [warning] = atelierWarnings(
      session([step('prototype'), step('explore-ou-imagine')]),
      facts,
    );
    expect(warningMessage(warning!)).toContain('(Explorer et Imaginer)');
  });
});
