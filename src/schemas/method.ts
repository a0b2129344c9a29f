import { z } from 'astro/zod';
import { methodFacets } from '../lib/facets/method-facets.ts';
import { frenchSourceRule, isoDate, text, title, atelierSources } from './common.ts';
import { facetFields, facetRules } from './facet-fields.ts';
import type { ReferenceFactory } from './references.ts';

/** A method sheet: `content/methodes/<id>.md`. The steps are the numbered list in the body. */
export const methodSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      titre: title().describe('Nom de la méthode, tel que les animateur·rice·s le disent.'),
      autres_noms: z
        .array(text())
        .optional()
        .describe(
          'Autres noms sous lesquels la méthode est connue (« Cinq pourquoi »), montrés sous le titre et trouvés par la recherche.',
        ),
      resume: text()
        .max(240, { error: 'attendu : un résumé d’une phrase, 240 caractères au plus' })
        .describe('Une phrase : ce que fait la méthode et quand l’utiliser.'),
      // phases, duree, participants, difficulte, modalite and a_distance: declared as facets.
      ...facetFields(methodFacets),
      materiel: z
        .array(text())
        .min(1, { error: 'attendu : au moins un élément de matériel' })
        .describe('Matériel à prévoir, un élément par ligne.'),
      preparation: z
        .array(text())
        .min(1, { error: 'attendu : au moins une étape de préparation' })
        .describe('Ce qu’il faut faire avant la séance.'),
      conseils: z
        .array(text())
        .min(1, { error: 'attendu : au moins un conseil' })
        .describe('Conseils d’animation.'),
      pieges: z
        .array(text())
        .min(1, { error: 'attendu : au moins un piège à éviter' })
        .describe('Erreurs fréquentes et comment les éviter.'),
      administration: z
        .array(text())
        .min(1, { error: 'attendu : au moins une remarque propre à l’administration' })
        .describe(
          'Ce qui est propre à l’administration : marchés publics, RGPD, élu·e·s, temps des agent·e·s…',
        ),
      methodes_liees: z
        .array(reference('methodes'))
        .default([])
        .describe('Identifiants des fiches qui se font bien avant ou après celle-ci.'),
      ...atelierSources('la méthode'),
      derniere_revue: isoDate().describe('Date de la dernière relecture de la fiche (AAAA-MM-JJ).'),
    })
    .superRefine(facetRules(methodFacets))
    .superRefine(frenchSourceRule);

export type MethodData = z.infer<ReturnType<typeof methodSchema>>;
