import { describe, expect, it } from 'vitest';
import {
  countdownText,
  drift,
  elapsed,
  endingThreshold,
  initialRun,
  isFinished,
  isRunning,
  minuteMs,
  next,
  pause,
  remaining,
  retime,
  secondMs,
  start,
  urgency,
} from '../../src/lib/atelier/run-timer.ts';

// The clock is injected: `now` is whatever the test says, in milliseconds.
const t0 = 1_000_000;
const planned = [10, 15, 30];

describe('running a session: the timer', () => {
  it('does not count before it is started', () => {
    const state = initialRun();
    expect(isRunning(state)).toBe(false);
    expect(elapsed(state, t0 + 5 * minuteMs)).toBe(0);
    expect(remaining(state, t0, 10)).toBe(10 * minuteMs);
  });

  it('counts down the step on while it runs', () => {
    const state = start(initialRun(), t0, planned.length);
    expect(isRunning(state)).toBe(true);
    expect(remaining(state, t0 + 90 * secondMs, 10)).toBe(8.5 * minuteMs);
    expect(countdownText(remaining(state, t0 + 90 * secondMs, 10))).toBe('8:30');
  });

  it('stops counting while paused and goes on from there', () => {
    let state = start(initialRun(), t0, planned.length);
    state = pause(state, t0 + 2 * minuteMs);
    expect(isRunning(state)).toBe(false);
    // Ten minutes of pause change nothing.
    expect(elapsed(state, t0 + 12 * minuteMs)).toBe(2 * minuteMs);
    state = start(state, t0 + 12 * minuteMs, planned.length);
    expect(elapsed(state, t0 + 13 * minuteMs)).toBe(3 * minuteMs);
  });

  it('pausing twice or starting twice changes nothing', () => {
    const running = start(initialRun(), t0, planned.length);
    expect(start(running, t0 + minuteMs, planned.length)).toBe(running);
    const paused = pause(running, t0 + minuteMs);
    expect(pause(paused, t0 + 2 * minuteMs)).toBe(paused);
  });

  it('moves to the next step, which runs at once, and keeps what the last one took', () => {
    let state = start(initialRun(), t0, planned.length);
    state = next(state, t0 + 11 * minuteMs, planned.length);
    expect(state.index).toBe(1);
    expect(state.spent).toEqual([11 * minuteMs]);
    expect(isRunning(state)).toBe(true);
    expect(remaining(state, t0 + 12 * minuteMs, 15)).toBe(14 * minuteMs);
  });

  it('moving on while paused leaves the next step paused', () => {
    let state = start(initialRun(), t0, planned.length);
    state = pause(state, t0 + minuteMs);
    state = next(state, t0 + 5 * minuteMs, planned.length);
    expect(isRunning(state)).toBe(false);
    expect(state.spent).toEqual([minuteMs]);
  });

  it('is over after the last step, and then neither starts nor moves', () => {
    let state = start(initialRun(), t0, 2);
    state = next(state, t0 + minuteMs, 2);
    state = next(state, t0 + 2 * minuteMs, 2);
    expect(isFinished(state, 2)).toBe(true);
    expect(isRunning(state)).toBe(false);
    expect(start(state, t0 + 3 * minuteMs, 2)).toBe(state);
    expect(next(state, t0 + 3 * minuteMs, 2)).toBe(state);
  });
});

describe('running a session: near the end and over', () => {
  it('warns in the last 2 minutes of a long step, the last fifth of a short one', () => {
    expect(endingThreshold(30)).toBe(2 * minuteMs);
    expect(endingThreshold(5)).toBe(minuteMs);
    expect(urgency(2 * minuteMs + 1, 30)).toBe('normal');
    expect(urgency(2 * minuteMs, 30)).toBe('ending');
    expect(urgency(0, 30)).toBe('ending');
    expect(urgency(-1, 30)).toBe('over');
    expect(urgency(90 * secondMs, 5)).toBe('normal');
  });

  it('writes the time over with a plus sign', () => {
    expect(countdownText(10 * minuteMs)).toBe('10:00');
    expect(countdownText(59_001)).toBe('1:00');
    expect(countdownText(0)).toBe('0:00');
    expect(countdownText(-80 * secondMs)).toBe('+1:20');
    expect(countdownText(-61 * minuteMs)).toBe('+61:00');
  });
});

describe('running a session: the agenda re-times itself', () => {
  it('keeps the planned times while the steps keep to them', () => {
    const state = start(initialRun(), t0, planned.length);
    expect(retime(planned, 9 * 60, state, t0 + 5 * minuteMs)).toEqual([
      { start: 540, end: 550, status: 'current' },
      { start: 550, end: 565, status: 'coming' },
      { start: 565, end: 595, status: 'coming' },
    ]);
    expect(drift(planned, state, t0 + 5 * minuteMs)).toBe(0);
  });

  it('pushes the later steps back while a step runs over, minute by minute', () => {
    const state = start(initialRun(), t0, planned.length);
    const now = t0 + 12 * minuteMs + 10 * secondMs;
    const steps = retime(planned, 9 * 60, state, now);
    expect(steps[0]).toEqual({ start: 540, end: 553, status: 'current' });
    expect(steps[1]).toEqual({ start: 553, end: 568, status: 'coming' });
    expect(drift(planned, state, now)).toBe(3);
  });

  it('takes what a finished step actually ran: early brings the rest forward', () => {
    let state = start(initialRun(), t0, planned.length);
    state = next(state, t0 + 6 * minuteMs, planned.length);
    const steps = retime(planned, 9 * 60, state, t0 + 6 * minuteMs);
    expect(steps.map((s) => s.status)).toEqual(['done', 'current', 'coming']);
    expect(steps[1]).toEqual({ start: 546, end: 561, status: 'current' });
    expect(drift(planned, state, t0 + 6 * minuteMs)).toBe(-4);
  });
});
