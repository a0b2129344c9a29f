// An atelier: one or more sessions (séances, possibly on different days), each with its start,
// time available and steps (method sheets and breaks), in order; the group is the atelier's, the
// same people from one session to the next. Pure data and operations: the address
// (session-url.ts), the timetable (schedule.ts), the warnings (warnings.ts) and the page's script
// (src/client/atelier/) all work on it.
import type { MethodFacts } from './method-facts.ts';

export interface MethodStep {
  kind: 'method';
  id: string;
  minutes: number;
}
export interface BreakStep {
  kind: 'break';
  minutes: number;
}
export type Step = MethodStep | BreakStep;

/** A sheet step as an address gives it: its duration may be left out (the sheet's shortest then). */
export interface DraftMethodStep {
  kind: 'method';
  id: string;
  minutes: number | null;
}
export type DraftStep = DraftMethodStep | BreakStep;

/** One séance: a sitting of the atelier, from its start to its last step. */
export interface Session<S = Step> {
  /** Free label (« Mardi matin », « Atelier 2 »), may be empty. */
  title: string;
  /** Start time, minutes since midnight. */
  start: number;
  /** Minutes available for this session, or null when not given. */
  available: number | null;
  steps: S[];
}
export type DraftSession = Session<DraftStep>;

export interface Atelier<S = Step> {
  /** Free title, may be empty. */
  title: string;
  /** People taking part (facilitators not counted, as in the sheets), or null when not given. */
  groupSize: number | null;
  /** At least one. */
  sessions: Session<S>[];
}
export type DraftAtelier = Atelier<DraftStep>;

/** Where a step is: its session and its place in it, both from 0. */
export interface StepPosition {
  session: number;
  step: number;
}

export const limits = {
  /** 9 h: a workshop's usual start, until the facilitator sets another. */
  defaultStart: 9 * 60,
  defaultBreak: 15,
  breakMinutes: { min: 5, max: 240 },
  groupSize: { min: 1, max: 999 },
  available: { min: 5, max: 24 * 60 },
  titleLength: 120,
  /** Steps an address may hold, all sessions together: enough for a long day, small enough to keep links short. */
  steps: 60,
  /** Sessions an address may hold (a parcours's workshops over weeks fit). */
  sessions: 12,
} as const;

export const emptySession = <S = Step>(): Session<S> => ({
  title: '',
  start: limits.defaultStart,
  available: null,
  steps: [],
});

export const emptyAtelier = <S = Step>(): Atelier<S> => ({
  title: '',
  groupSize: null,
  sessions: [emptySession<S>()],
});

/** Every step of the atelier, session after session. */
export function atelierSteps<S>(atelier: Atelier<S>): S[] {
  return atelier.sessions.flatMap((session) => session.steps);
}

export function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/** A sheet's duration kept within its range; the shortest when none is given. */
export function methodMinutes(minutes: number | null, facts: MethodFacts): number {
  return minutes === null ? facts.duree.min : clamp(minutes, facts.duree);
}

/**
 * The atelier with every sheet's duration within its range, and without the sheets the site does
 * not know (any more): those are listed in `missing`.
 */
export function resolveAtelier(
  draft: DraftAtelier,
  facts: ReadonlyMap<string, MethodFacts>,
): { atelier: Atelier; missing: string[] } {
  const missing: string[] = [];
  const sessions = draft.sessions.map((session): Session => {
    const steps: Step[] = [];
    for (const step of session.steps) {
      if (step.kind === 'break') {
        steps.push({ kind: 'break', minutes: clamp(step.minutes, limits.breakMinutes) });
        continue;
      }
      const method = facts.get(step.id);
      if (method)
        steps.push({ kind: 'method', id: step.id, minutes: methodMinutes(step.minutes, method) });
      else missing.push(step.id);
    }
    return { ...session, steps };
  });
  return { atelier: { ...draft, sessions }, missing };
}

/** Adds sheets at the end of the last session, each unless the atelier already holds it. */
export function addMethods(
  draft: DraftAtelier,
  ids: readonly string[],
): { atelier: DraftAtelier; added: string[]; already: string[] } {
  const present = new Set(distinctMethods(atelierSteps(draft)));
  const room = limits.steps - atelierSteps(draft).length;
  const added: string[] = [];
  const already: string[] = [];
  for (const id of ids) {
    if (present.has(id)) already.push(id);
    else if (added.length < room) {
      present.add(id);
      added.push(id);
    }
  }
  const sessions = [...draft.sessions];
  const last = sessions.at(-1) ?? emptySession<DraftStep>();
  sessions[Math.max(0, sessions.length - 1)] = {
    ...last,
    steps: [
      ...last.steps,
      ...added.map((id): DraftStep => ({ kind: 'method', id, minutes: null })),
    ],
  };
  return { atelier: { ...draft, sessions }, added, already };
}

/** Removes every step of this sheet, in every session. */
export function removeMethod<S extends DraftStep | Step>(
  atelier: Atelier<S>,
  id: string,
): Atelier<S> {
  return {
    ...atelier,
    sessions: atelier.sessions.map((session) => ({
      ...session,
      steps: session.steps.filter((s) => s.kind !== 'method' || s.id !== id),
    })),
  };
}

/**
 * Where a step goes when moved one place up (-1) or down (1): within its session, or across into
 * the previous session's end or the next one's start. Null at the atelier's very start or end.
 */
export function neighbourPosition<S>(
  atelier: Atelier<S>,
  from: StepPosition,
  by: -1 | 1,
): StepPosition | null {
  const length = atelier.sessions[from.session]?.steps.length ?? 0;
  const step = from.step + by;
  if (step >= 0 && step < length) return { session: from.session, step };
  const session = from.session + by;
  const other = atelier.sessions[session];
  if (!other) return null;
  return { session, step: by < 0 ? other.steps.length : 0 };
}

/** The atelier with the step at `from` moved to `to` (`to.step` counted once the step is taken out). */
export function moveInAtelier<S>(
  atelier: Atelier<S>,
  from: StepPosition,
  to: StepPosition,
): Atelier<S> {
  const moved = atelier.sessions[from.session]?.steps[from.step];
  const target = atelier.sessions[to.session];
  if (moved === undefined || !target) return atelier;
  const sessions = atelier.sessions.map((session) => ({ ...session, steps: [...session.steps] }));
  sessions[from.session]!.steps.splice(from.step, 1);
  const steps = sessions[to.session]!.steps;
  steps.splice(clamp(to.step, { min: 0, max: steps.length }), 0, moved);
  return { ...atelier, sessions };
}

/**
 * « Commencer une nouvelle séance ici »: the steps from `at` on become a new session right after,
 * starting at the same time of day (another day, as a rule); the time available stays with the first.
 */
export function splitSession<S>(atelier: Atelier<S>, at: StepPosition): Atelier<S> {
  const session = atelier.sessions[at.session];
  if (!session || at.step <= 0 || at.step >= session.steps.length) return atelier;
  if (atelier.sessions.length >= limits.sessions) return atelier;
  const sessions = [...atelier.sessions];
  sessions.splice(
    at.session,
    1,
    { ...session, steps: session.steps.slice(0, at.step) },
    { title: '', start: session.start, available: null, steps: session.steps.slice(at.step) },
  );
  return { ...atelier, sessions };
}

/** The session joined to the one before it: its steps follow, the earlier session's settings stay. */
export function mergeWithPrevious<S>(atelier: Atelier<S>, index: number): Atelier<S> {
  const previous = atelier.sessions[index - 1];
  const session = atelier.sessions[index];
  if (!previous || !session) return atelier;
  const sessions = [...atelier.sessions];
  sessions.splice(index - 1, 2, { ...previous, steps: [...previous.steps, ...session.steps] });
  return { ...atelier, sessions };
}

/** The steps with the one at `from` moved to `to` (both kept within the list). */
export function moveStep<S>(steps: readonly S[], from: number, to: number): S[] {
  const result = [...steps];
  const target = clamp(to, { min: 0, max: steps.length - 1 });
  const [moved] = result.splice(from, 1);
  if (moved === undefined) return result;
  result.splice(target, 0, moved);
  return result;
}

export function removeStep<S>(steps: readonly S[], index: number): S[] {
  return steps.filter((_step, i) => i !== index);
}

/** Each sheet once, where it first comes (what is printed and checked). */
export function distinctMethods(steps: readonly DraftStep[]): string[] {
  return [...new Set(steps.flatMap((s) => (s.kind === 'method' ? [s.id] : [])))];
}
