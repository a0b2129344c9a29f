import { z } from 'astro/zod';
import { source, title } from './common.ts';

/** One of the lab's principles, as its sources state it: `content/principes/<id>.md`. */
export const principleSchema = z.strictObject({
  /** Short name of the principle. */
  titre: title().describe('Nom court du principe.'),
  /** Position on the principles page (1 first). */
  ordre: z.number().int().min(1).describe('Place sur la page des principes (1 en premier).'),
  /** Where the principle is stated. */
  sources: z
    .array(source)
    .min(1, { error: 'attendu : au moins une source' })
    .describe('Où le principe est énoncé : au moins une source.'),
});
