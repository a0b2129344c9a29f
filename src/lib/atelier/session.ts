// A workshop session: its settings and its steps (method sheets and breaks), in order.
// Pure data and operations: the address (session-url.ts), the timetable (schedule.ts), the
// warnings (warnings.ts) and the page's script (src/client/atelier/) all work on it.
import type { SheetFacts } from './sheet-facts.ts';

export interface SheetStep {
  kind: 'sheet';
  id: string;
  minutes: number;
}
export interface BreakStep {
  kind: 'break';
  minutes: number;
}
export type Step = SheetStep | BreakStep;

/** A sheet step as an address gives it: its duration may be left out (the sheet's shortest then). */
export interface DraftSheetStep {
  kind: 'sheet';
  id: string;
  minutes: number | null;
}
export type DraftStep = DraftSheetStep | BreakStep;

export interface Session<S = Step> {
  /** Free title, may be empty. */
  title: string;
  /** Start time, minutes since midnight. */
  start: number;
  /** People taking part (facilitators not counted, as in the sheets), or null when not given. */
  groupSize: number | null;
  /** Minutes available for the whole session, or null when not given. */
  available: number | null;
  steps: S[];
}
export type DraftSession = Session<DraftStep>;

export const limits = {
  /** 9 h: a workshop's usual start, until the facilitator sets another. */
  defaultStart: 9 * 60,
  defaultBreak: 15,
  breakMinutes: { min: 5, max: 240 },
  groupSize: { min: 1, max: 999 },
  available: { min: 5, max: 24 * 60 },
  titleLength: 120,
  /** Steps an address may hold: enough for a long day, small enough to keep links short. */
  steps: 60,
} as const;

export const emptySession = (): Session => ({
  title: '',
  start: limits.defaultStart,
  groupSize: null,
  available: null,
  steps: [],
});

export function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/** A sheet's duration kept within its range; the shortest when none is given. */
export function sheetMinutes(minutes: number | null, facts: SheetFacts): number {
  return minutes === null ? facts.duree.min : clamp(minutes, facts.duree);
}

/**
 * The session with every sheet's duration within its range, and without the sheets the site does
 * not know (any more): those are listed in `missing`.
 */
export function resolveSession(
  draft: DraftSession,
  facts: ReadonlyMap<string, SheetFacts>,
): { session: Session; missing: string[] } {
  const missing: string[] = [];
  const steps: Step[] = [];
  for (const step of draft.steps) {
    if (step.kind === 'break') {
      steps.push({ kind: 'break', minutes: clamp(step.minutes, limits.breakMinutes) });
      continue;
    }
    const sheet = facts.get(step.id);
    if (sheet)
      steps.push({ kind: 'sheet', id: step.id, minutes: sheetMinutes(step.minutes, sheet) });
    else missing.push(step.id);
  }
  return { session: { ...draft, steps }, missing };
}

/** Adds sheets at the end, each unless the session already holds it. */
export function addSheets(
  draft: DraftSession,
  ids: readonly string[],
): { session: DraftSession; added: string[]; already: string[] } {
  const present = new Set(draft.steps.flatMap((s) => (s.kind === 'sheet' ? [s.id] : [])));
  const added: string[] = [];
  const already: string[] = [];
  for (const id of ids) {
    if (present.has(id)) already.push(id);
    else {
      present.add(id);
      added.push(id);
    }
  }
  const steps: DraftStep[] = [
    ...draft.steps,
    ...added.map((id): DraftStep => ({ kind: 'sheet', id, minutes: null })),
  ].slice(0, limits.steps);
  return { session: { ...draft, steps }, added, already };
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

/** Each sheet of the session once, where it first comes (what is printed and checked). */
export function distinctSheets(steps: readonly DraftStep[]): string[] {
  return [...new Set(steps.flatMap((s) => (s.kind === 'sheet' ? [s.id] : [])))];
}
