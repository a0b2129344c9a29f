// The timetable of a session: each step's clock times, the total, and how it compares with the
// time available.
import type { Session, Step } from './session.ts';

export interface TimedStep<S extends Step = Step> {
  step: S;
  /** Position in the session, from 0. */
  index: number;
  /** Minutes since midnight (may pass midnight: format with formatClock). */
  start: number;
  end: number;
}

export interface Schedule<S extends Step = Step> {
  steps: TimedStep<S>[];
  start: number;
  end: number;
  /** Minutes, breaks included. */
  total: number;
  available: number | null;
  /** Minutes beyond the time available (0 when within it or when none is given). */
  overrun: number;
  /** Minutes left within the time available, or null when none is given. */
  margin: number | null;
}

export function buildSchedule<S extends Step>(session: Session<S>): Schedule<S> {
  let clock = session.start;
  const steps = session.steps.map((step, index) => {
    const start = clock;
    clock += step.minutes;
    return { step, index, start, end: clock };
  });
  const total = clock - session.start;
  const available = session.available;
  return {
    steps,
    start: session.start,
    end: clock,
    total,
    available,
    overrun: available === null ? 0 : Math.max(0, total - available),
    margin: available === null ? null : Math.max(0, available - total),
  };
}
