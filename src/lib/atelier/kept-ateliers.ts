// The ateliers this browser keeps (« Mes ateliers » on /atelier/), as plain data: read, changed and
// written by the browser glue (src/client/atelier/kept-session.ts). Each atelier is kept as its
// name and the very query string its shareable address holds (session-url.ts), never in a format
// of its own: whatever an atelier holds, its address and its kept copy say the same thing.
import { atelierSteps, distinctMethods, limits } from './session.ts';
import { parseAtelierQuery, serializeAtelier } from './session-url.ts';

export const keptAteliersVersion = 1;

export interface KeptAtelier {
  id: string;
  name: string;
  /** The atelier's address query (without « ? »), as serializeAtelier writes it. */
  query: string;
  /** When it last changed, as an ISO date. */
  modified: string;
}

export interface KeptAteliers {
  /** The atelier « Ajouter à mon atelier » adds to and the header counts; null before any. */
  current: string | null;
  /** Most recently changed first. */
  ateliers: KeptAtelier[];
}

export const noAteliers = (): KeptAteliers => ({ current: null, ateliers: [] });

/** Names a list may hold: enough for years of workshops, small enough for any storage quota. */
export const keptLimits = { ateliers: 100, nameLength: 120 } as const;

const isAtelier = (value: unknown): value is KeptAtelier => {
  const entry = value as Partial<KeptAtelier> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    entry.id !== '' &&
    typeof entry.name === 'string' &&
    typeof entry.query === 'string' &&
    typeof entry.modified === 'string'
  );
};

/** Reads what storage holds; anything it cannot read is left out rather than failing the page. */
export function parseKeptAteliers(text: string | null): KeptAteliers {
  if (!text) return noAteliers();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return noAteliers();
  }
  const stored = data as { v?: unknown; current?: unknown; ateliers?: unknown } | null;
  if (!stored || stored.v !== keptAteliersVersion || !Array.isArray(stored.ateliers))
    return noAteliers();
  const seen = new Set<string>();
  const ateliers = stored.ateliers
    .filter(isAtelier)
    .filter((a) => !seen.has(a.id) && seen.add(a.id));
  const current =
    typeof stored.current === 'string' && seen.has(stored.current) ? stored.current : null;
  return { current, ateliers: ateliers.slice(0, keptLimits.ateliers) };
}

export function serializeKeptAteliers(kept: KeptAteliers): string {
  return JSON.stringify({ v: keptAteliersVersion, ...kept });
}

export function findAtelier(kept: KeptAteliers, id: string | null): KeptAtelier | undefined {
  return id === null ? undefined : kept.ateliers.find((a) => a.id === id);
}

export const currentAtelier = (kept: KeptAteliers) => findAtelier(kept, kept.current);

/** The sheets an atelier's query holds, each once. */
export const methodCount = (query: string) =>
  distinctMethods(atelierSteps(parseAtelierQuery(query).atelier)).length;

/** Whether an atelier holds steps: one that does is « in progress » and is never replaced unasked. */
export const hasSteps = (query: string) =>
  atelierSteps(parseAtelierQuery(query).atelier).length > 0;

/** The query written as the planner would write it, so that two spellings of one atelier match. */
export const normalQuery = (query: string) => serializeAtelier(parseAtelierQuery(query).atelier);

/** The kept atelier this address holds exactly, if any (the current one first). */
export function atelierWithQuery(kept: KeptAteliers, query: string): KeptAtelier | undefined {
  const wanted = normalQuery(query);
  if (!wanted) return undefined;
  const current = currentAtelier(kept);
  if (current && normalQuery(current.query) === wanted) return current;
  return kept.ateliers.find((a) => normalQuery(a.query) === wanted);
}

/** A name not yet in the list: the wanted one, else with « (2) », « (3) »… */
export function uniqueName(kept: KeptAteliers, wanted: string): string {
  const names = new Set(kept.ateliers.map((a) => a.name));
  const base = wanted.trim().slice(0, keptLimits.nameLength);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
}

const withFirst = (kept: KeptAteliers, atelier: KeptAtelier, current: string | null) => ({
  current,
  ateliers: [atelier, ...kept.ateliers.filter((a) => a.id !== atelier.id)].slice(
    0,
    keptLimits.ateliers,
  ),
});

/** A new atelier (named `name`, or unique if taken), made current unless told otherwise. */
export function addAtelier(
  kept: KeptAteliers,
  entry: { id: string; name: string; query: string; modified: string },
  makeCurrent = true,
): KeptAteliers {
  const atelier = { ...entry, name: uniqueName(kept, entry.name) };
  return withFirst(kept, atelier, makeCurrent ? atelier.id : kept.current);
}

/** The atelier `id` now holds `query` and is the current one; unknown ids change nothing. */
export function saveAtelier(
  kept: KeptAteliers,
  id: string,
  query: string,
  modified: string,
): KeptAteliers {
  const atelier = findAtelier(kept, id);
  if (!atelier) return kept;
  if (atelier.query === query) return kept.current === id ? kept : { ...kept, current: id };
  return withFirst(kept, { ...atelier, query, modified }, id);
}

export function openAtelier(kept: KeptAteliers, id: string): KeptAteliers {
  return findAtelier(kept, id) ? { ...kept, current: id } : kept;
}

/** Renames (an empty name changes nothing); the list's order stays. */
export function renameAtelier(kept: KeptAteliers, id: string, name: string): KeptAteliers {
  const wanted = name.trim().slice(0, keptLimits.nameLength);
  const atelier = findAtelier(kept, id);
  if (!atelier || !wanted || wanted === atelier.name) return kept;
  const others = { ...kept, ateliers: kept.ateliers.filter((a) => a.id !== id) };
  const renamed = { ...atelier, name: uniqueName(others, wanted) };
  return { ...kept, ateliers: kept.ateliers.map((a) => (a.id === id ? renamed : a)) };
}

/** A copy of `id`'s atelier, placed first under the name given (made unique); the current one stays. */
export function duplicateAtelier(
  kept: KeptAteliers,
  id: string,
  copy: { id: string; name: string; modified: string },
): KeptAteliers {
  const atelier = findAtelier(kept, id);
  if (!atelier) return kept;
  return addAtelier(kept, { ...copy, query: atelier.query }, false);
}

/** Deleted; deleting the current one leaves no current atelier (the next « Ajouter » starts one). */
export function deleteAtelier(kept: KeptAteliers, id: string): KeptAteliers {
  return {
    current: kept.current === id ? null : kept.current,
    ateliers: kept.ateliers.filter((a) => a.id !== id),
  };
}

/**
 * « Ajouter à la suite »: the atelier in progress with the other one's steps after its own; its
 * title, start, group and time available stay (they are the atelier's, not the link's).
 */
export function appendQuery(base: string, added: string): string {
  const first = parseAtelierQuery(base).atelier;
  const second = parseAtelierQuery(added).atelier;
  // One session each: the steps follow on in the same session, as a single atelier always did;
  // otherwise the other atelier's sessions come after these.
  const sessions =
    first.sessions.length === 1 && second.sessions.length === 1
      ? [
          {
            ...first.sessions[0]!,
            steps: [...first.sessions[0]!.steps, ...second.sessions[0]!.steps],
          },
        ]
      : [...first.sessions, ...second.sessions].slice(0, limits.sessions);
  let room = limits.steps;
  const kept = sessions.map((session) => {
    const steps = session.steps.slice(0, Math.max(0, room));
    room -= steps.length;
    return { ...session, steps };
  });
  return serializeAtelier({ ...first, sessions: kept });
}

/** What the planner opens when it loads. */
export type Arrival =
  /** A kept atelier: the one this tab showed before a reload, or the one the address holds, or the current one. */
  | { kind: 'kept'; id: string }
  /** Nothing kept yet: an empty planner (or the sheets the address adds), kept at its first change. */
  | { kind: 'none' }
  /** An atelier from a link (shared, or a parcours), not kept here; `ask` when one is in progress. */
  | { kind: 'link'; ask: boolean };

export function arrivalFor(
  kept: KeptAteliers,
  address: { hasAtelier: boolean; query: string },
  tabAtelier: string | null,
): Arrival {
  if (findAtelier(kept, tabAtelier)) return { kind: 'kept', id: tabAtelier! };
  const current = currentAtelier(kept);
  if (!address.hasAtelier) return current ? { kind: 'kept', id: current.id } : { kind: 'none' };
  const same = atelierWithQuery(kept, address.query);
  if (same) return { kind: 'kept', id: same.id };
  return {
    kind: 'link',
    ask: current !== undefined && hasSteps(current.query) && hasSteps(address.query),
  };
}
