import { z } from 'astro/zod';
import { text, title } from './common.ts';
import type { ReferenceFactory } from './references.ts';

/** A typical path through methods: `content/parcours/<id>.md`. */
export const parcoursSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      /** The situation, in the agent's words (« Je démarre un projet »). */
      titre: title().describe(
        'La situation, dans les mots de l’agent·e (« Je démarre un projet »).',
      ),
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
      /**
       * The separate workshops (séances) the parcours's text describes, each taking the next steps
       * in order; left out, the parcours opens in the planner as one session.
       */
      seances: z
        .array(
          z.strictObject({
            /** A short label for the session (« Le jour de l’atelier »). */
            titre: title()
              .optional()
              .describe(
                'Nom court de la séance ; sans nom, elle s’appelle « Séance 1 », « Séance 2 »…',
              ),
            /** How many steps, following the previous session's, this session takes. */
            etapes: z
              .number({ error: 'attendu : un nombre d’étapes, par exemple 2' })
              .int({ error: 'attendu : un nombre entier d’étapes' })
              .min(1, { error: 'attendu : au moins une étape par séance' })
              .describe(
                'Nombre d’étapes de la séance, à la suite de celles de la séance précédente.',
              ),
          }),
        )
        .min(2, { error: 'attendu : au moins deux séances (sinon, retirez le champ)' })
        .optional()
        .describe(
          'Les séances distinctes que décrit le texte du parcours (un atelier par étape, une journée…), dans l’ordre. Sans ce champ, le parcours s’ouvre en une seule séance dans « Préparer mon atelier ».',
        ),
    })
    .superRefine((parcours, ctx) => {
      if (!parcours.seances) return;
      const covered = parcours.seances.reduce((sum, session) => sum + session.etapes, 0);
      if (covered !== parcours.etapes.length)
        ctx.addIssue({
          code: 'custom',
          path: ['seances'],
          message: `attendu : des séances qui couvrent les ${parcours.etapes.length} étapes, chacune une seule fois (elles en couvrent ${covered})`,
        });
    });

export type ParcoursData = z.infer<ReturnType<typeof parcoursSchema>>;
