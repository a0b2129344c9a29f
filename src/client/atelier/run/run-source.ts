// Where « Animer la séance » finds the session to run: its own address when it holds an atelier (a
// link shared with the planner's query on this page's path), otherwise the atelier this browser
// keeps for « Préparer mon atelier ». Read only through the planner's own functions, so the two
// pages always understand the same ateliers; this file is the one place to change if that storage
// does. An atelier of several sessions runs one at a time: `seance=2` in the address says which.
import { parseAtelierQuery, serializeAtelier } from '../../../lib/atelier/session-url.ts';
import type { DraftAtelier, DraftSession } from '../../../lib/atelier/session.ts';
import { readKeptSession } from '../kept-session.ts';

/** The run page's own parameter: which session of the atelier to run, from 1. */
export const runSessionParam = 'numero';

export type SessionToRun =
  | {
      kind: 'session';
      session: DraftSession;
      /** The atelier as a query string (without « ? »), to link back to the planner. */
      query: string;
      /** The session's number (from 1) when the atelier has several, otherwise null. */
      number: number | null;
    }
  /** Several sessions and none chosen (or one that is not there): the page asks which. */
  | { kind: 'choose'; atelier: DraftAtelier; query: string };

export function sessionToRun(search: string): SessionToRun | null {
  const address = new URLSearchParams(search);
  const own = parseAtelierQuery(address);
  const kept = own.hasAtelier ? null : readKeptSession();
  const parsed = own.hasAtelier ? own : kept === null ? null : parseAtelierQuery(kept);
  if (!parsed || parsed.unknownVersion) return null;
  const { atelier } = parsed;
  const query = serializeAtelier(atelier);
  if (atelier.sessions.every((session) => session.steps.length === 0)) return null;
  if (atelier.sessions.length === 1)
    return { kind: 'session', session: atelier.sessions[0]!, query, number: null };
  const number = Number(address.get(runSessionParam));
  const chosen = Number.isInteger(number) ? atelier.sessions[number - 1] : undefined;
  return chosen && chosen.steps.length > 0
    ? { kind: 'session', session: chosen, query, number }
    : { kind: 'choose', atelier, query };
}

/** The run page's address for one session of the atelier. */
export function runSessionSearch(query: string, number: number): string {
  return `?${query}&${runSessionParam}=${number}`;
}
