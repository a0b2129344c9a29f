// The session in the planner's address, so that a link is the whole session: nothing is kept on a
// server or in a cookie. Compact and readable, versioned (v=1):
//   /atelier/?v=1&m=brise-glace:15,personas:120,carte-d-empathie:60&pauses=2:15&debut=09:30&groupe=12&temps=240&titre=…
// m: the sheets in order, each `id:minutes` (minutes may be left out: the sheet's shortest);
// pauses: the breaks, each `after:minutes` where `after` counts the sheets before it;
// debut: the start time; groupe: the number of people; temps: the minutes available; titre: free text.
// `ajouter=id` (the « Ajouter à mon atelier » links) is not a session: the page adds that sheet to
// the session it is holding.
import { clockValue, parseClock } from './clock.ts';
import {
  addSheets,
  clamp,
  emptySession,
  limits,
  type DraftSession,
  type DraftStep,
  type Session,
} from './session.ts';
import { paths } from '../urls.ts';

export const sessionFormatVersion = 1;

export const param = {
  version: 'v',
  sheets: 'm',
  breaks: 'pauses',
  start: 'debut',
  group: 'groupe',
  available: 'temps',
  title: 'titre',
  add: 'ajouter',
} as const;

/** A sheet's identifier: its file name (lower case, digits, hyphens). */
const sheetId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const emptyDraft = (): DraftSession => emptySession();

function wholeNumber(text: string | null | undefined, range: { min: number; max: number }) {
  if (!text || !/^\d{1,5}$/.test(text)) return null;
  const value = Number(text);
  return value >= range.min && value <= range.max ? value : null;
}

export interface ParsedAddress {
  session: DraftSession;
  /** Sheets the address asks to add (`ajouter`), in order. */
  additions: string[];
  /** Whether the address holds a session (otherwise the page may restore the one it kept). */
  hasSession: boolean;
  /** A version this page cannot read: the session is then empty. */
  unknownVersion: boolean;
}

/** Reads a session from an address's query string; what it cannot read is left out. */
export function parseSessionQuery(search: string | URLSearchParams): ParsedAddress {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const additions = (query.get(param.add) ?? '')
    .split(',')
    .filter((id) => sheetId.test(id))
    .slice(0, limits.steps);
  const sessionKeys = [
    param.version,
    param.sheets,
    param.breaks,
    param.start,
    param.group,
    param.available,
    param.title,
  ];
  const hasSession = sessionKeys.some((key) => query.has(key));
  const version = query.get(param.version);
  const unknownVersion = version !== null && version !== String(sessionFormatVersion);
  if (unknownVersion) return { session: emptyDraft(), additions, hasSession, unknownVersion };

  const sheets: DraftStep[] = [];
  for (const entry of (query.get(param.sheets) ?? '').split(',')) {
    const [id = '', minutes, ...rest] = entry.split(':');
    if (!sheetId.test(id) || rest.length > 0) continue;
    const duration = minutes === undefined ? null : wholeNumber(minutes, limits.available);
    if (minutes !== undefined && duration === null) continue;
    sheets.push({ kind: 'sheet', id, minutes: duration });
  }
  sheets.splice(limits.steps);
  const breaks = (query.get(param.breaks) ?? '')
    .split(',')
    .flatMap((entry) => {
      const [after, minutes, ...rest] = entry.split(':');
      const position = wholeNumber(after, { min: 0, max: sheets.length });
      const duration = wholeNumber(minutes, limits.breakMinutes);
      return position === null || duration === null || rest.length > 0
        ? []
        : [{ after: position, minutes: duration }];
    })
    // Stable sort: breaks after the same sheet keep their order.
    .sort((a, b) => a.after - b.after);
  const steps: DraftStep[] = [];
  let nextBreak = 0;
  for (let i = 0; i <= sheets.length; i++) {
    while (nextBreak < breaks.length && breaks[nextBreak]!.after === i)
      steps.push({ kind: 'break', minutes: breaks[nextBreak++]!.minutes });
    const sheet = sheets[i];
    if (sheet) steps.push(sheet);
  }
  const start = parseClock(query.get(param.start) ?? '');
  return {
    session: {
      title: (query.get(param.title) ?? '').trim().slice(0, limits.titleLength),
      start: start ?? limits.defaultStart,
      groupSize: wholeNumber(query.get(param.group), limits.groupSize),
      available: wholeNumber(query.get(param.available), limits.available),
      steps: steps.slice(0, limits.steps),
    },
    additions,
    hasSession,
    unknownVersion,
  };
}

/** The session as a query string (without « ? »); empty for an empty session with default settings. */
export function serializeSession(session: Session<DraftStep>): string {
  const isDefault =
    session.steps.length === 0 &&
    !session.title &&
    session.start === limits.defaultStart &&
    session.groupSize === null &&
    session.available === null;
  if (isDefault) return '';
  const sheets: string[] = [];
  const breaks: string[] = [];
  for (const step of session.steps) {
    if (step.kind === 'break') breaks.push(`${sheets.length}:${step.minutes}`);
    else sheets.push(step.minutes === null ? step.id : `${step.id}:${step.minutes}`);
  }
  // Built by hand: URLSearchParams would write « : » and « , » as %3A and %2C.
  const parts = [`${param.version}=${sessionFormatVersion}`];
  if (sheets.length) parts.push(`${param.sheets}=${sheets.join(',')}`);
  if (breaks.length) parts.push(`${param.breaks}=${breaks.join(',')}`);
  parts.push(`${param.start}=${clockValue(clamp(session.start, { min: 0, max: 24 * 60 - 1 }))}`);
  if (session.groupSize !== null) parts.push(`${param.group}=${session.groupSize}`);
  if (session.available !== null) parts.push(`${param.available}=${session.available}`);
  if (session.title) parts.push(`${param.title}=${encodeURIComponent(session.title)}`);
  return parts.join('&');
}

/** The planner's address holding this session. */
export function sessionHref(session: Session<DraftStep>): string {
  const query = serializeSession(session);
  return query ? `${paths.atelier}?${query}` : paths.atelier;
}

/** « Ajouter à mon atelier »: a plain link; the page adds the sheet to the session it holds. */
export function addSheetHref(id: string): string {
  return `${paths.atelier}?${param.add}=${id}`;
}

/** « Adapter ce parcours à mon atelier »: a new session of these sheets in order, each at its shortest. */
export function sheetsSessionHref(ids: readonly string[]): string {
  const steps = ids.map((id): DraftStep => ({ kind: 'sheet', id, minutes: null }));
  return sessionHref({ ...emptyDraft(), steps: steps.slice(0, limits.steps) });
}

/** The session an address leads to: the one it holds (or the one kept), with its additions. */
export function sessionWithAdditions(
  parsed: ParsedAddress,
  kept: DraftSession | null,
): { session: DraftSession; added: string[]; already: string[] } {
  const base = parsed.hasSession || !kept ? parsed.session : kept;
  return addSheets(base, parsed.additions);
}
