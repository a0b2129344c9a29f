import { describe, expect, it } from 'vitest';
import { clockValue, formatClock, parseClock } from '../../src/lib/atelier/clock.ts';
import { buildSchedule } from '../../src/lib/atelier/schedule.ts';
import { emptySession, type Session } from '../../src/lib/atelier/session.ts';

const session = (overrides: Partial<Session>): Session => ({ ...emptySession(), ...overrides });

describe('clock times', () => {
  it('reads the time field’s and the address’s « 09:30 » and writes it back', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('23:59')).toBe(1439);
    for (const wrong of ['24:00', '9h30', '09:60', '', 'midi'])
      expect(parseClock(wrong)).toBeNull();
    expect(clockValue(570)).toBe('09:30');
    expect(clockValue(24 * 60 + 5)).toBe('00:05');
  });

  it('shows times the French way, with no-break spaces', () => {
    expect(formatClock(570)).toBe('9\u00A0h\u00A030');
    expect(formatClock(600)).toBe('10\u00A0h');
    expect(formatClock(545)).toBe('9\u00A0h\u00A005');
    expect(formatClock(24 * 60 + 15)).toBe('0\u00A0h\u00A015');
  });
});

describe('the timetable', () => {
  it('gives each step its clock times from the start, breaks included', () => {
    const schedule = buildSchedule(
      session({
        start: 9 * 60 + 30,
        steps: [
          { kind: 'method', id: 'brise-glace', minutes: 15 },
          { kind: 'method', id: 'personas', minutes: 120 },
          { kind: 'break', minutes: 15 },
          { kind: 'method', id: 'carte-d-empathie', minutes: 45 },
        ],
      }),
    );
    expect(schedule.steps.map((s) => [formatClock(s.start), formatClock(s.end)])).toEqual([
      ['9\u00A0h\u00A030', '9\u00A0h\u00A045'],
      ['9\u00A0h\u00A045', '11\u00A0h\u00A045'],
      ['11\u00A0h\u00A045', '12\u00A0h'],
      ['12\u00A0h', '12\u00A0h\u00A045'],
    ]);
    expect(schedule.total).toBe(195);
    expect(schedule.end).toBe(12 * 60 + 45);
  });

  it('moves every following time when a duration changes', () => {
    const steps = [
      { kind: 'method', id: 'a', minutes: 30 },
      { kind: 'method', id: 'b', minutes: 60 },
      { kind: 'method', id: 'c', minutes: 45 },
    ] as const;
    const before = buildSchedule(session({ steps: [...steps] }));
    const after = buildSchedule(
      session({ steps: [steps[0], { ...steps[1], minutes: 90 }, steps[2]] }),
    );
    expect(after.steps[0]).toEqual(before.steps[0]);
    expect(after.steps[2]!.start - before.steps[2]!.start).toBe(30);
    expect(after.end - before.end).toBe(30);
  });

  it('compares the total with the time available: margin or overrun', () => {
    const steps = [
      { kind: 'method' as const, id: 'a', minutes: 120 },
      { kind: 'break' as const, minutes: 20 },
      { kind: 'method' as const, id: 'b', minutes: 60 },
    ];
    expect(buildSchedule(session({ steps, available: 240 }))).toMatchObject({
      total: 200,
      overrun: 0,
      margin: 40,
    });
    expect(buildSchedule(session({ steps, available: 180 }))).toMatchObject({
      overrun: 20,
      margin: 0,
    });
    expect(buildSchedule(session({ steps, available: null }))).toMatchObject({
      overrun: 0,
      margin: null,
    });
    expect(buildSchedule(session({ steps, available: 200 }))).toMatchObject({
      overrun: 0,
      margin: 0,
    });
  });

  it('starts at 9 h when no time is given, and an empty session ends where it starts', () => {
    const schedule = buildSchedule(emptySession());
    expect(schedule).toMatchObject({ start: 540, end: 540, total: 0, steps: [] });
  });
});
