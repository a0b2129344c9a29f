// Plain warnings about an atelier: a method outside the group size it needs, a session longer
// than its time available, a method whose phase comes before the previous one's (from one session
// to the next too: the sessions of an atelier follow one project).
//
// Phase order (src/vocabulary/phases.ts is the order of a project): each sheet is read at the
// earliest of its phases that does not go back from the previous sheet's; a warning is given when
// all its phases come before. So there is no warning exactly when one phase per sheet can be chosen
// that never goes back. A sheet that lists « Animer » is a facilitation format, useful at every
// phase: it fits anywhere and does not move the atelier's phase.
import { andList, formatMinutes } from '../format.ts';
import { phaseIds, phaseLabel, type PhaseId } from '../../vocabulary/phases.ts';
import { fill, peopleRange, texts } from './messages.ts';
import { buildSchedule } from './schedule.ts';
import type { Atelier, StepPosition } from './session.ts';
import type { MethodFacts } from './method-facts.ts';

export type Warning =
  | {
      kind: 'group-too-small' | 'group-too-large';
      position: StepPosition;
      method: MethodFacts;
      groupSize: number;
    }
  | {
      kind: 'phase-order';
      position: StepPosition;
      method: MethodFacts;
      previous: MethodFacts;
      /** The phase the atelier had reached with the previous sheet. */
      previousPhase: PhaseId;
    }
  | {
      kind: 'overrun';
      /** The session that runs past its time available. */
      session: number;
      total: number;
      available: number;
      over: number;
    };

const facilitation: PhaseId = 'animer';
const phaseRank = (phase: PhaseId) => phaseIds.indexOf(phase);

export function atelierWarnings(
  atelier: Atelier,
  facts: ReadonlyMap<string, MethodFacts>,
): Warning[] {
  const warnings: Warning[] = [];
  const group = atelier.groupSize;
  let reached: { rank: number; method: MethodFacts } | null = null;
  atelier.sessions.forEach((session, sessionIndex) => {
    session.steps.forEach((step, index) => {
      if (step.kind !== 'method') return;
      const method = facts.get(step.id);
      if (!method) return;
      const position = { session: sessionIndex, step: index };
      if (group !== null && group < method.participants.min)
        warnings.push({ kind: 'group-too-small', position, method, groupSize: group });
      if (group !== null && group > method.participants.max)
        warnings.push({ kind: 'group-too-large', position, method, groupSize: group });
      if (method.phases.includes(facilitation)) return;
      const ranks = method.phases.map(phaseRank).sort((a, b) => a - b);
      const onward = ranks.filter((rank) => !reached || rank >= reached.rank);
      if (reached && onward.length === 0)
        warnings.push({
          kind: 'phase-order',
          position,
          method,
          previous: reached.method,
          previousPhase: phaseIds[reached.rank]!,
        });
      reached = { rank: onward[0] ?? ranks[0]!, method };
    });
    const { total, overrun, available } = buildSchedule(session);
    if (overrun > 0 && available !== null)
      warnings.push({ kind: 'overrun', session: sessionIndex, total, available, over: overrun });
  });
  return warnings;
}

/** The warning in plain French; an overrun names its session when the atelier has several. */
export function warningMessage(warning: Warning, sessionCount = 1): string {
  switch (warning.kind) {
    case 'group-too-small':
    case 'group-too-large':
      return fill(warning.kind === 'group-too-small' ? texts.groupTooSmall : texts.groupTooLarge, {
        title: warning.method.titre,
        range: peopleRange(warning.method.participants),
        n: warning.groupSize,
      });
    case 'phase-order':
      return fill(texts.phaseOrder, {
        title: warning.method.titre,
        phases: andList(warning.method.phases.map(phaseLabel)),
        previous: warning.previous.titre,
        previousPhase: phaseLabel(warning.previousPhase),
      });
    case 'overrun':
      return fill(sessionCount > 1 ? texts.sessionOverrun : texts.overrun, {
        n: warning.session + 1,
        total: formatMinutes(warning.total),
        over: formatMinutes(warning.over),
        available: formatMinutes(warning.available),
      });
  }
}
