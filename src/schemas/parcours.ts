import { z } from 'astro/zod';
import { text, title } from './common.ts';
import type { ReferenceFactory } from './references.ts';

/** A typical path through methods: `content/parcours/<id>.md`. */
export const parcoursSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The situation, in the agent's words (« Je démarre un projet »). */
    titre: title().describe('La situation, dans les mots de l’agent·e (« Je démarre un projet »).'),
    /** One sentence: when to follow this path. */
    resume: text()
      .max(240, { error: 'attendu : un résumé de 240 caractères au plus' })
      .describe('Une phrase : quand suivre ce parcours.'),
    /** Ordered steps: a method and why it comes here. */
    etapes: z
      .array(
        z.strictObject({
          /** Id of the method sheet. */
          methode: reference('methodes').describe(
            'Identifiant de la fiche méthode de cette étape.',
          ),
          /** Why this step follows the previous one. */
          pourquoi: text().describe('Pourquoi cette étape vient à cet endroit.'),
        }),
      )
      .min(2, { error: 'attendu : au moins deux étapes' })
      .describe('Les étapes, dans l’ordre : une fiche méthode et pourquoi elle vient là.'),
  });
