import { z } from 'astro/zod';
import { difficultyIds } from '../vocabulary/difficulties.ts';
import { phaseIds } from '../vocabulary/phases.ts';
import { isoDate, source, text, title, webAddress } from './common.ts';
import type { ReferenceFactory } from './references.ts';

/** A min–max range of whole numbers, min ≤ max. */
const range = (unit: string, floor: number) =>
  z
    .object({
      min: z
        .number({ error: `attendu : un nombre de ${unit}` })
        .int()
        .min(floor, { error: `attendu : au moins ${floor}` }),
      max: z
        .number({ error: `attendu : un nombre de ${unit}` })
        .int()
        .min(floor, { error: `attendu : au moins ${floor}` }),
    })
    .refine((r) => r.min <= r.max, {
      error: 'attendu : un minimum inférieur ou égal au maximum',
      path: ['max'],
    });

/** A method sheet: `content/methodes/<id>.md`. The steps are the numbered list in the body. */
export const methodSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    titre: title().describe('Nom de la méthode, tel que les animateur·rice·s le disent.'),
    resume: text()
      .max(240, { error: 'attendu : un résumé d’une phrase, 240 caractères au plus' })
      .describe('Une phrase : ce que fait la méthode et quand l’utiliser.'),
    phases: z
      .array(z.enum(phaseIds))
      .min(1, { error: 'attendu : au moins une phase' })
      .describe('Phases du projet où la méthode aide, la plus typique en premier.'),
    duree: range('minutes', 5).describe('Durée d’une séance, en minutes (min et max).'),
    participants: range('personnes', 1).describe(
      'Nombre de participant·e·s, animateur·rice·s non compris (min et max).',
    ),
    difficulte: z.enum(difficultyIds).describe('Expérience d’animation nécessaire.'),
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
    sources: z
      .array(source.extend({ url: webAddress().describe('Adresse web de la source.') }))
      .min(1, { error: 'attendu : au moins une source avec son adresse web' })
      .describe(
        'Sources publiques décrivant la méthode (titre, adresse, date, langue si elle n’est pas le français).',
      ),
    sans_source_francaise: text()
      .optional()
      .describe(
        'Pourquoi aucune source en français n’est citée (à remplir seulement dans ce cas).',
      ),
    derniere_revue: isoDate().describe('Date de la dernière relecture de la fiche (AAAA-MM-JJ).'),
  });

export type MethodData = z.infer<ReturnType<typeof methodSchema>>;
