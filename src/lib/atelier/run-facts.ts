// What « Animer la séance » shows of a sheet while it runs: its title, its one-sentence summary and
// its numbered steps (the « Déroulé »), served as /atelier/animer/fiches/<id>.json and fetched
// only for the sheets of the session being run.
import { methodStepItems } from '../method-body.ts';

export interface RunFacts {
  id: string;
  /** Typeset for display, as src/lib/entries.ts gives it. */
  titre: string;
  resume: string;
  /** The text of each numbered step of the sheet's « Déroulé », in order (empty without one). */
  deroule: string[];
}

export function runFacts(
  id: string,
  data: { titre: string; resume: string },
  bodyHtml: string,
): RunFacts {
  return { id, titre: data.titre, resume: data.resume, deroule: methodStepItems(bodyHtml) };
}

/** Checks the shape of a fetched document before the page trusts it. */
export function isRunFacts(value: unknown): value is RunFacts {
  const v = value as Partial<RunFacts> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.titre === 'string' &&
    typeof v.resume === 'string' &&
    Array.isArray(v.deroule) &&
    v.deroule.every((item) => typeof item === 'string')
  );
}
