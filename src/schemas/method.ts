import { z } from 'astro/zod';
import { difficultyIds } from '../vocabulary/difficulties.ts';
import { phaseIds } from '../vocabulary/phases.ts';
import { isoDate, source, text, title, webAddress } from './common.ts';
import type { ReferenceFactory } from './references.ts';

/** A min–max range of whole numbers, min ≤ max. */
const range = (unit: string, floor: number) =>
  z
    .object({
      min: z.number({ error: `attendu : un nombre de ${unit}` }).int().min(floor, { error: `attendu : au moins ${floor}` }),
      max: z.number({ error: `attendu : un nombre de ${unit}` }).int().min(floor, { error: `attendu : au moins ${floor}` }),
    })
    .refine((r) => r.min <= r.max, { error: 'attendu : un minimum inférieur ou égal au maximum', path: ['max'] });

/** A method sheet: `content/methodes/<id>.md`. The steps are the numbered list in the body. */
export const methodSchema = (reference: ReferenceFactory) =>
  z.object({
    /** Name of the method, as facilitators say it. */
    titre: title(),
    /** One sentence: what the method does and when to use it. */
    resume: text().max(240, { error: 'attendu : un résumé d’une phrase, 240 caractères au plus' }),
    /** Project phases where the method helps, most typical first. */
    phases: z.array(z.enum(phaseIds)).min(1, { error: 'attendu : au moins une phase' }),
    /** Duration of one session, in minutes. */
    duree: range('minutes', 5),
    /** Number of people taking part, facilitators excluded. */
    participants: range('personnes', 1),
    /** Facilitation experience needed. */
    difficulte: z.enum(difficultyIds),
    /** What to bring: one item per line. */
    materiel: z.array(text()).min(1, { error: 'attendu : au moins un élément de matériel' }),
    /** What to do before the session. */
    preparation: z.array(text()).min(1, { error: 'attendu : au moins une étape de préparation' }),
    /** Facilitators' advice. */
    conseils: z.array(text()).min(1, { error: 'attendu : au moins un conseil' }),
    /** Common mistakes and how to avoid them. */
    pieges: z.array(text()).min(1, { error: 'attendu : au moins un piège à éviter' }),
    /** What is specific to public administration (procurement, RGPD, elected officials, agents' time…). */
    administration: z.array(text()).min(1, { error: 'attendu : au moins une remarque propre à l’administration' }),
    /** Methods that go well before or after this one (ids of other sheets). */
    methodes_liees: z.array(reference('methodes')).default([]),
    /** Where the method is described: at least one public source. */
    sources: z
      .array(source.extend({ url: webAddress() }))
      .min(1, { error: 'attendu : au moins une source avec son adresse web' }),
    /** Date of the last review of the sheet, AAAA-MM-JJ. */
    derniere_revue: isoDate(),
  });

export type MethodData = z.infer<ReturnType<typeof methodSchema>>;
