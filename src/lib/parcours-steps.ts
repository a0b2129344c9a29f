import { getMethods, getParcours, type Method, type Parcours } from './entries.ts';

export interface ParcoursStep {
  method: Method;
  /** Why this step follows the previous one. */
  why: string;
}

/** Each parcours with its steps' method sheets, in order: the parcours page and its booklet. */
export async function parcoursWithSteps(): Promise<{ entry: Parcours; steps: ParcoursStep[] }[]> {
  const [parcours, methods] = await Promise.all([getParcours(), getMethods()]);
  const byId = new Map(methods.map((m) => [m.id, m]));
  return parcours.map((entry) => ({
    entry,
    steps: entry.data.etapes.map((step) => ({
      method: byId.get(step.methode.id)!,
      why: step.pourquoi,
    })),
  }));
}
