// What the planner needs to know about one method sheet, served as /atelier/fiches/<id>.json
// (src/pages/atelier/fiches/[id].json.ts) and fetched only for the sheets of a session, so that
// the planner page stays the same size however large the library grows.
import type { PhaseId } from '../../vocabulary/phases.ts';

export interface Range {
  min: number;
  max: number;
}

export interface MethodFacts {
  id: string;
  /** Typeset for display (French punctuation), as src/lib/entries.ts gives it. */
  titre: string;
  /** The sheet's address on the site. */
  url: string;
  phases: PhaseId[];
  /** Minutes. */
  duree: Range;
  participants: Range;
  materiel: string[];
  preparation: string[];
  /** The address of the sheet's printable canvas, or null when it has none. */
  canvas: string | null;
}

interface MethodData {
  titre: string;
  phases: readonly PhaseId[];
  duree: Range;
  participants: Range;
  materiel: readonly string[];
  preparation: readonly string[];
}

/** The facts of a sheet from its data as pages receive it (strings typeset by the loader). */
export function methodFacts(
  id: string,
  data: MethodData,
  addresses: { method: string; canvas: string | null },
): MethodFacts {
  return {
    id,
    titre: data.titre,
    url: addresses.method,
    phases: [...data.phases],
    duree: { min: data.duree.min, max: data.duree.max },
    participants: { min: data.participants.min, max: data.participants.max },
    materiel: [...data.materiel],
    preparation: [...data.preparation],
    canvas: addresses.canvas,
  };
}

/** Checks the shape of a fetched document before the planner trusts it. */
export function isMethodFacts(value: unknown): value is MethodFacts {
  const v = value as Partial<MethodFacts> | null;
  const isRange = (r: unknown) =>
    typeof r === 'object' &&
    r !== null &&
    Number.isInteger((r as Range).min) &&
    Number.isInteger((r as Range).max) &&
    (r as Range).min <= (r as Range).max;
  const isStrings = (list: unknown) =>
    Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.titre === 'string' &&
    typeof v.url === 'string' &&
    isStrings(v.phases) &&
    isRange(v.duree) &&
    isRange(v.participants) &&
    isStrings(v.materiel) &&
    isStrings(v.preparation) &&
    (v.canvas === null || typeof v.canvas === 'string')
  );
}
