import { z } from 'astro/zod';
import { objectiveIds } from '../vocabulary/objectives.ts';
import { source, text, title, webAddress, year } from './common.ts';
import type { ReferenceFactory } from './references.ts';

/** `non-precise`: the public sources say neither that the project goes on nor that it ended. */
export const projectStatuses = ['en-cours', 'termine', 'non-precise'] as const;
export const projectStatusLabels: Record<(typeof projectStatuses)[number], string> = {
  'en-cours': 'En cours',
  termine: 'Terminé',
  'non-precise': 'Non précisé par les sources',
};

/** A case study: `content/projets/<id>.md`. */
export const projectSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** Name of the project. */
      titre: title(),
      /** One or two sentences for lists and search results. */
      resume: text().max(300, { error: 'attendu : un résumé de 300 caractères au plus' }),
      /** Which of the lab's five kinds of objectives it pursues. */
      objectif: z.enum(objectiveIds),
      /** First year of the project, or the first year its sources document. */
      debut: year(),
      /** Last year; absent while the project goes on. */
      fin: year().optional(),
      /** Where the project stands. */
      statut: z.enum(projectStatuses),
      /** Bretagne, a département or a commune. */
      territoire: text(),
      /** People the project is for. */
      publics: z.array(text()).default([]),
      /** Partners (ids of files in content/partenaires/). */
      partenaires: z.array(reference('partenaires')).default([]),
      /** Methods used (ids of method sheets); leave empty when the sources do not say. */
      methodes: z.array(reference('methodes')).default([]),
      /** Budget, only with its source. */
      budget: z.object({ montant: text(), source: text() }).optional(),
      /** What the sources say it produced. */
      resultats: z.array(text()).default([]),
      /** Public sources: at least one, with its address. */
      sources: z
        .array(source.extend({ url: webAddress() }))
        .min(1, { error: 'attendu : au moins une source publique avec son adresse web' }),
      /** True for an example written to show the template, not a real project: shown as such. */
      exemple: z.boolean().default(false),
    })
    .refine((p) => p.fin === undefined || p.fin >= p.debut, {
      error: 'attendu : une année de fin égale ou postérieure à l’année de début',
      path: ['fin'],
    })
    .refine((p) => p.statut !== 'termine' || p.fin !== undefined, {
      error: 'attendu : l’année de fin, puisque le projet est terminé',
      path: ['fin'],
    });

export type ProjectData = z.infer<ReturnType<typeof projectSchema>>;
