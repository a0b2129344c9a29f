import { z } from 'astro/zod';
import { projectFacets } from '../lib/facets/project-facets.ts';
import { publicSources, text, title, year } from './common.ts';
import { facetFields, facetRules } from './facet-fields.ts';
import type { ReferenceFactory } from './references.ts';

/** A case study: `content/projets/<id>.md`. */
export const projectSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      titre: title().describe('Nom du projet.'),
      resume: text()
        .max(300, { error: 'attendu : un résumé de 300 caractères au plus' })
        .describe('Une ou deux phrases pour les listes et la recherche.'),
      // objectif and statut: declared as facets (the years, read from debut and fin, are written here).
      ...facetFields(projectFacets),
      debut: year().describe(
        'Première année du projet, ou première année documentée par les sources.',
      ),
      fin: year()
        .optional()
        .describe(
          'Dernière année ; absente tant que le projet continue ou si les sources ne la donnent pas.',
        ),
      derniere_annee_documentee: year()
        .optional()
        .describe(
          'Sans année de fin : la dernière année dont le texte rapporte une action ou un résultat (la liste des projets classe le projet jusqu’à cette année).',
        ),
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
      sources: publicSources('Sources publiques : au moins une, avec son adresse.'),
      exemple: z
        .boolean()
        .default(false)
        .describe('Vrai pour un exemple rédigé pour illustrer le modèle, pas un projet réel.'),
    })
    .superRefine(facetRules(projectFacets))
    .refine((p) => p.fin === undefined || p.fin >= p.debut, {
      error: 'attendu : une année de fin égale ou postérieure à l’année de début',
      path: ['fin'],
    })
    .refine(
      (p) => p.derniere_annee_documentee === undefined || p.derniere_annee_documentee >= p.debut,
      {
        error: 'attendu : une dernière année documentée égale ou postérieure à l’année de début',
        path: ['derniere_annee_documentee'],
      },
    )
    .refine((p) => p.fin === undefined || p.derniere_annee_documentee === undefined, {
      error:
        'attendu : l’année de fin ou la dernière année documentée, pas les deux (l’année de fin suffit)',
      path: ['derniere_annee_documentee'],
    })
    .refine((p) => p.statut !== 'termine' || p.fin !== undefined, {
      error: 'attendu : l’année de fin, puisque le projet est terminé',
      path: ['fin'],
    });
