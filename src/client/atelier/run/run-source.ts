// Where « Animer la séance » finds the session to run: its own address when it holds one (a link
// shared with the planner's query on this page's path), otherwise the atelier this browser keeps
// for « Préparer mon atelier ». Read only through the planner's own functions, so the two pages
// always understand the same sessions; this file is the one place to change if that storage does.
import { parseSessionQuery, serializeSession } from '../../../lib/atelier/session-url.ts';
import type { DraftSession } from '../../../lib/atelier/session.ts';
import { readKeptSession } from '../kept-session.ts';

export interface SessionToRun {
  session: DraftSession;
  /** The session as a query string (without « ? »), to link back to the planner. */
  query: string;
}

export function sessionToRun(search: string): SessionToRun | null {
  const own = parseSessionQuery(search);
  const kept = own.hasSession ? null : readKeptSession();
  const parsed = own.hasSession ? own : kept === null ? null : parseSessionQuery(kept);
  if (!parsed || parsed.unknownVersion || parsed.session.steps.length === 0) return null;
  return { session: parsed.session, query: serializeSession(parsed.session) };
}
