import { z } from 'astro/zod';
import { source, text, title } from './common.ts';

/** Page layouts that add data from other collections below the text. */
export const pageTemplates = [
  'texte',
  'objectifs',
  'budget',
  'principes',
  'mentions-legales',
] as const;

/** A page of the lab's own presentation or a legal page: `content/pages/<address>.md`. */
export const pageSchema = z.strictObject({
  /** Page title (h1 and browser tab). */
  titre: title().describe('Titre de la page (titre principal et onglet du navigateur).'),
  /** One sentence for search engines, link previews and search results. */
  description: text()
    .max(200, { error: 'attendu : une description de 200 caractères au plus' })
    .describe(
      'Une phrase pour les moteurs de recherche et les résultats de recherche, 200 caractères au plus.',
    ),
  /** Data shown below the text. */
  gabarit: z
    .enum(pageTemplates)
    .default('texte')
    .describe(
      'Données ajoutées sous le texte : texte (aucune), objectifs, budget, principes ou mentions-legales.',
    ),
  /** Position in the « Le Ti Lab » sub-navigation; absent: not listed there. */
  ordre: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Place dans le menu « Le Ti Lab » ; absent, la page n’y figure pas.'),
  /** Sources of the facts stated on the page. */
  sources: z.array(source).default([]).describe('Sources des faits énoncés sur la page.'),
});
