// The atelier in the planner's address, so that a link is the whole atelier: nothing is kept on a
// server or in a cookie. Compact and readable, versioned:
//   /atelier/?v=1&m=brise-glace:15,personas:120,carte-d-empathie:60&pauses=2:15&debut=09:30&groupe=12&temps=240&titre=…
// m: the sheets in order, each `id:minutes` (minutes may be left out: the sheet's shortest);
// pauses: the breaks, each `after:minutes` where `after` counts the sheets before it;
// debut: the start time; temps: the minutes available; groupe: the number of people; titre: free text.
// Version 2 adds sessions: the first session's parameters keep their names, the second's end in 2
// (m2, pauses2, debut2, temps2), and so on; seance, seance2… are the sessions' labels. An atelier
// of one session without a label is still written as version 1, so those links do not change, and
// every version 1 address reads as the one-session atelier it always gave.
// `ajouter=id` (the « Ajouter à mon atelier » links) is not an atelier: the page adds that sheet
// to the atelier it is holding.
import { clockValue, parseClock } from './clock.ts';
import {
  addMethods,
  clamp,
  emptyAtelier,
  emptySession,
  limits,
  type DraftAtelier,
  type DraftSession,
  type DraftStep,
} from './session.ts';
import { paths } from '../urls.ts';

/** The versions this page reads: 1, one session; 2, several. */
const formatVersion = { single: 1, sessions: 2 } as const;

export const param = {
  version: 'v',
  group: 'groupe',
  title: 'titre',
  add: 'ajouter',
} as const;

/** A session's parameters; the second session's names end in 2, and so on. */
export const sessionParam = {
  methods: 'm',
  breaks: 'pauses',
  start: 'debut',
  available: 'temps',
  label: 'seance',
} as const;

const sessionKey = (key: keyof typeof sessionParam, index: number) =>
  index === 0 ? sessionParam[key] : `${sessionParam[key]}${index + 1}`;

/** A sheet's identifier: its file name (lower case, digits, hyphens). */
const methodId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function wholeNumber(text: string | null | undefined, range: { min: number; max: number }) {
  if (!text || !/^\d{1,5}$/.test(text)) return null;
  const value = Number(text);
  return value >= range.min && value <= range.max ? value : null;
}

export interface ParsedAddress {
  atelier: DraftAtelier;
  /** Sheets the address asks to add (`ajouter`), in order. */
  additions: string[];
  /** Whether the address holds an atelier (otherwise the page may restore the one it kept). */
  hasAtelier: boolean;
  /** A version this page cannot read: the atelier is then empty. */
  unknownVersion: boolean;
}

function readSession(query: URLSearchParams, index: number, room: number): DraftSession {
  const methods: DraftStep[] = [];
  for (const entry of (query.get(sessionKey('methods', index)) ?? '').split(',')) {
    const [id = '', minutes, ...rest] = entry.split(':');
    if (!methodId.test(id) || rest.length > 0) continue;
    const duration = minutes === undefined ? null : wholeNumber(minutes, limits.available);
    if (minutes !== undefined && duration === null) continue;
    methods.push({ kind: 'method', id, minutes: duration });
  }
  methods.splice(room);
  const breaks = (query.get(sessionKey('breaks', index)) ?? '')
    .split(',')
    .flatMap((entry) => {
      const [after, minutes, ...rest] = entry.split(':');
      const position = wholeNumber(after, { min: 0, max: methods.length });
      const duration = wholeNumber(minutes, limits.breakMinutes);
      return position === null || duration === null || rest.length > 0
        ? []
        : [{ after: position, minutes: duration }];
    })
    // Stable sort: breaks after the same sheet keep their order.
    .sort((a, b) => a.after - b.after);
  const steps: DraftStep[] = [];
  let nextBreak = 0;
  for (let i = 0; i <= methods.length; i++) {
    while (nextBreak < breaks.length && breaks[nextBreak]!.after === i)
      steps.push({ kind: 'break', minutes: breaks[nextBreak++]!.minutes });
    const method = methods[i];
    if (method) steps.push(method);
  }
  const start = parseClock(query.get(sessionKey('start', index)) ?? '');
  return {
    title: (query.get(sessionKey('label', index)) ?? '').trim().slice(0, limits.titleLength),
    start: start ?? limits.defaultStart,
    available: wholeNumber(query.get(sessionKey('available', index)), limits.available),
    steps: steps.slice(0, room),
  };
}

const hasSessionKey = (query: URLSearchParams, index: number) =>
  (Object.keys(sessionParam) as (keyof typeof sessionParam)[]).some((key) =>
    query.has(sessionKey(key, index)),
  );

/** Reads an atelier from an address's query string; what it cannot read is left out. */
export function parseAtelierQuery(search: string | URLSearchParams): ParsedAddress {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const additions = (query.get(param.add) ?? '')
    .split(',')
    .filter((id) => methodId.test(id))
    .slice(0, limits.steps);
  const hasAtelier =
    [param.version, param.group, param.title].some((key) => query.has(key)) ||
    hasSessionKey(query, 0);
  const version = query.get(param.version) ?? String(formatVersion.single);
  const known = Object.values(formatVersion).map(String);
  if (!known.includes(version))
    return { atelier: emptyAtelier(), additions, hasAtelier, unknownVersion: true };

  const sessions: DraftSession[] = [];
  let room: number = limits.steps;
  const count = version === String(formatVersion.sessions) ? limits.sessions : 1;
  for (let index = 0; index < count; index++) {
    if (index > 0 && !hasSessionKey(query, index)) continue;
    const session = readSession(query, index, room);
    room -= session.steps.length;
    sessions.push(session);
  }
  return {
    atelier: {
      title: (query.get(param.title) ?? '').trim().slice(0, limits.titleLength),
      groupSize: wholeNumber(query.get(param.group), limits.groupSize),
      sessions,
    },
    additions,
    hasAtelier,
    unknownVersion: false,
  };
}

/** A session's parameters; `afterStart` comes right after its start (version 1's order). */
function writeSession(session: DraftSession, index: number, afterStart: string[] = []): string[] {
  const methods: string[] = [];
  const breaks: string[] = [];
  for (const step of session.steps) {
    if (step.kind === 'break') breaks.push(`${methods.length}:${step.minutes}`);
    else methods.push(step.minutes === null ? step.id : `${step.id}:${step.minutes}`);
  }
  const key = (name: keyof typeof sessionParam) => sessionKey(name, index);
  const parts: string[] = [];
  if (methods.length) parts.push(`${key('methods')}=${methods.join(',')}`);
  if (breaks.length) parts.push(`${key('breaks')}=${breaks.join(',')}`);
  parts.push(`${key('start')}=${clockValue(clamp(session.start, { min: 0, max: 24 * 60 - 1 }))}`);
  parts.push(...afterStart);
  if (session.available !== null) parts.push(`${key('available')}=${session.available}`);
  if (session.title) parts.push(`${key('label')}=${encodeURIComponent(session.title)}`);
  return parts;
}

/** The atelier as a query string (without « ? »); empty for an empty atelier with default settings. */
export function serializeAtelier(atelier: DraftAtelier): string {
  const [first = emptySession<DraftStep>(), ...others] = atelier.sessions;
  const isDefault =
    others.length === 0 &&
    first.steps.length === 0 &&
    !first.title &&
    !atelier.title &&
    first.start === limits.defaultStart &&
    atelier.groupSize === null &&
    first.available === null;
  if (isDefault) return '';
  const single = others.length === 0 && !first.title;
  // Built by hand: URLSearchParams would write « : » and « , » as %3A and %2C.
  const group = atelier.groupSize === null ? [] : [`${param.group}=${atelier.groupSize}`];
  return [
    `${param.version}=${single ? formatVersion.single : formatVersion.sessions}`,
    ...writeSession(first, 0, group),
    ...(atelier.title ? [`${param.title}=${encodeURIComponent(atelier.title)}`] : []),
    ...others.flatMap((session, i) => writeSession(session, i + 1)),
  ].join('&');
}

/** The planner's address holding this atelier. */
export function atelierHref(atelier: DraftAtelier): string {
  const query = serializeAtelier(atelier);
  return query ? `${paths.atelier}?${query}` : paths.atelier;
}

/** « Ajouter à mon atelier »: a plain link; the page adds the sheet to the atelier it holds. */
export function addMethodHref(id: string): string {
  return `${paths.atelier}?${param.add}=${id}`;
}

/**
 * « Adapter ce parcours à mon atelier »: a new atelier of these sheets in order, each at its
 * shortest; in one session, or in the sessions given (each a label and its number of sheets).
 */
export function methodsAtelierHref(
  ids: readonly string[],
  sessions: readonly { title: string; methods: number }[] = [],
): string {
  const steps = ids
    .slice(0, limits.steps)
    .map((id): DraftStep => ({ kind: 'method', id, minutes: null }));
  const parts = sessions.length ? sessions : [{ title: '', methods: steps.length }];
  let from = 0;
  const drafts = parts.slice(0, limits.sessions).map((part): DraftSession => {
    const session = { ...emptySession<DraftStep>(), title: part.title };
    session.steps = steps.slice(from, (from += part.methods));
    return session;
  });
  return atelierHref({ ...emptyAtelier<DraftStep>(), sessions: drafts });
}

/** The atelier an address leads to: the one it holds (or the one kept), with its additions. */
export function atelierWithAdditions(
  parsed: ParsedAddress,
  kept: DraftAtelier | null,
): { atelier: DraftAtelier; added: string[]; already: string[] } {
  const base = parsed.hasAtelier || !kept ? parsed.atelier : kept;
  return addMethods(base, parsed.additions);
}
