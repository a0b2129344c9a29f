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
      titre: title().describe('Nom du projet.'),
      resume: text()
        .max(300, { error: 'attendu : un résumé de 300 caractères au plus' })
        .describe('Une ou deux phrases pour les listes et la recherche.'),
      objectif: z
        .enum(objectiveIds)
        .describe('Lequel des cinq types d’objectifs du Ti Lab le projet poursuit.'),
      debut: year().describe(
        'Première année du projet, ou première année documentée par les sources.',
      ),
      fin: year()
        .optional()
        .describe(
          'Dernière année ; absente tant que le projet continue ou si les sources ne la donnent pas.',
        ),
      statut: z
        .enum(projectStatuses)
        .describe('Où en est le projet : en-cours, termine, ou non-precise par les sources.'),
      territoire: text().describe('Bretagne, un département ou une commune.'),
      publics: z.array(text()).default([]).describe('Publics concernés.'),
      partenaires: z
        .array(reference('partenaires'))
        .default([])
        .describe('Identifiants des partenaires (fichiers de content/partenaires/).'),
      methodes: z
        .array(reference('methodes'))
        .default([])
        .describe(
          'Identifiants des fiches méthodes employées ; vide si les sources ne le disent pas.',
        ),
      budget: z
        .strictObject({
          montant: text().describe('Montant, tel que la source le donne.'),
          source: text().describe('La source du montant.'),
        })
        .optional()
        .describe('Budget, seulement avec sa source.'),
      resultats: z
        .array(text())
        .default([])
        .describe('Ce que les sources disent que le projet a produit.'),
      sources: z
        .array(source.extend({ url: webAddress().describe('Adresse web de la source.') }))
        .min(1, { error: 'attendu : au moins une source publique avec son adresse web' })
        .describe('Sources publiques : au moins une, avec son adresse.'),
      exemple: z
        .boolean()
        .default(false)
        .describe('Vrai pour un exemple rédigé pour illustrer le modèle, pas un projet réel.'),
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
