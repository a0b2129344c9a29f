// Running a session in the room (« Animer la séance »): which step is on, how long it has been
// running, what is left of it, and the agenda re-timed from what each step actually took.
// Pure: every function takes the time (`now`, milliseconds of any monotonic clock) as an argument,
// so the page passes its clock and the tests pass theirs.

export const secondMs = 1000;
export const minuteMs = 60 * secondMs;

export interface RunState {
  /** The step on, from 0; equal to the number of steps once the session is over. */
  index: number;
  /** When the step's current stretch of running began, or null while paused (or not started). */
  runningSince: number | null;
  /** Time the step has run before that stretch (pauses left out). */
  elapsedBefore: number;
  /** Whether the session has been started at all. */
  started: boolean;
  /** Milliseconds each finished step ran, in order. */
  spent: number[];
}

export const initialRun = (): RunState => ({
  index: 0,
  runningSince: null,
  elapsedBefore: 0,
  started: false,
  spent: [],
});

export const isRunning = (state: RunState): boolean => state.runningSince !== null;

export const isFinished = (state: RunState, stepCount: number): boolean => state.index >= stepCount;

/** Starts the session, or resumes the step after a pause. */
export function start(state: RunState, now: number, stepCount: number): RunState {
  if (isRunning(state) || isFinished(state, stepCount)) return state;
  return { ...state, runningSince: now, started: true };
}

export function pause(state: RunState, now: number): RunState {
  if (state.runningSince === null) return state;
  return {
    ...state,
    runningSince: null,
    elapsedBefore: state.elapsedBefore + Math.max(0, now - state.runningSince),
  };
}

/** How long the step on has run, pauses left out. */
export function elapsed(state: RunState, now: number): number {
  const stretch = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return state.elapsedBefore + stretch;
}

/**
 * Ends the step on and moves to the next one, which runs at once if the session was running (a
 * step that was never started counts for no time). After the last step the session is over.
 */
export function next(state: RunState, now: number, stepCount: number): RunState {
  if (isFinished(state, stepCount)) return state;
  const index = state.index + 1;
  const running = isRunning(state) && index < stepCount;
  return {
    index,
    runningSince: running ? now : null,
    elapsedBefore: 0,
    started: state.started,
    spent: [...state.spent, elapsed(state, now)],
  };
}

/** Milliseconds left in the step on; negative once it runs over. */
export function remaining(state: RunState, now: number, plannedMinutes: number): number {
  return plannedMinutes * minuteMs - elapsed(state, now);
}

export type StepUrgency = 'normal' | 'ending' | 'over';

/**
 * When a step is near its end: its last 2 minutes, or its last fifth when it is shorter than 10
 * minutes, so that a 5-minute break does not start « ending ».
 */
export function endingThreshold(plannedMinutes: number): number {
  return Math.min(2 * minuteMs, (plannedMinutes * minuteMs) / 5);
}

export function urgency(left: number, plannedMinutes: number): StepUrgency {
  if (left < 0) return 'over';
  return left <= endingThreshold(plannedMinutes) ? 'ending' : 'normal';
}

/** The countdown as text: « 12:05 » left, « +1:20 » over; whole seconds, rounded up while left. */
export function countdownText(left: number): string {
  const over = left < 0;
  const seconds = over ? Math.floor(-left / secondMs) : Math.ceil(left / secondMs);
  const minutes = Math.floor(seconds / 60);
  const text = `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

/** Whole minutes of a duration, rounded up (a step that ran 12 min 10 s took 13 minutes). */
export const wholeMinutes = (ms: number): number => Math.ceil(Math.max(0, ms) / minuteMs);

export interface RetimedStep {
  /** Minutes since midnight, as in the planned schedule (format with formatClock). */
  start: number;
  end: number;
  status: 'done' | 'current' | 'coming';
}

/**
 * The agenda re-timed as the session goes: from the planned start, each finished step takes the
 * minutes it actually ran, the step on takes its planned time or more once it runs over, the
 * steps to come keep theirs. So a step that runs over pushes every later time back, and one that
 * ends early brings them forward.
 */
export function retime(
  plannedMinutes: readonly number[],
  sessionStart: number,
  state: RunState,
  now: number,
): RetimedStep[] {
  let clock = sessionStart;
  return plannedMinutes.map((planned, index) => {
    const status = index < state.index ? 'done' : index === state.index ? 'current' : 'coming';
    const minutes =
      status === 'done'
        ? wholeMinutes(state.spent[index] ?? 0)
        : status === 'current'
          ? Math.max(planned, wholeMinutes(elapsed(state, now)))
          : planned;
    const start = clock;
    clock += minutes;
    return { start, end: clock, status };
  });
}

/** Minutes the session now ends later (positive) or earlier (negative) than planned. */
export function drift(plannedMinutes: readonly number[], state: RunState, now: number): number {
  const planned = plannedMinutes.reduce((sum, m) => sum + m, 0);
  const steps = retime(plannedMinutes, 0, state, now);
  return (steps.at(-1)?.end ?? 0) - planned;
}
