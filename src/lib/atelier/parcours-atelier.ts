// « Adapter ce parcours à mon atelier »: the parcours's sheets in order, in the sessions its front
// matter declares (`seances`), or in one session. Used by the parcours page and the planner's list.
import type { ParcoursData } from '../../schemas/parcours.ts';
import { methodsAtelierHref } from './session-url.ts';

/** What of a parcours's data (ParcoursData) the planner needs. */
interface ParcoursSteps {
  etapes: readonly { methode: Pick<ParcoursData['etapes'][number]['methode'], 'id'> }[];
  seances?: ParcoursData['seances'];
}

/** The parcours's sessions: each its label (may be empty) and its number of sheets. */
export function parcoursSessions(parcours: ParcoursSteps): { title: string; methods: number }[] {
  return (parcours.seances ?? [{ etapes: parcours.etapes.length }]).map((session) => ({
    title: session.titre ?? '',
    methods: session.etapes,
  }));
}

export function parcoursAtelierHref(parcours: ParcoursSteps): string {
  const sessions = parcoursSessions(parcours);
  return methodsAtelierHref(
    parcours.etapes.map((step) => step.methode.id),
    sessions.length > 1 ? sessions : [],
  );
}
