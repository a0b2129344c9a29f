import { z } from 'astro/zod';
import { source, text, year } from './common.ts';

const euros = () =>
  z.number({ error: 'attendu : un montant en euros, sans espace ni symbole' }).nonnegative();

/** The lab's key figures for one year: `content/chiffres/<annee>.yaml`. */
export const figuresSchema = z.strictObject({
  /** Year the figures describe. */
  annee: year(),
  /** Operating budget: team, premises, providers. */
  fonctionnement: z.strictObject({
    montant: euros(),
    /** How it is shared between the State and the Région. */
    repartition: text(),
    /** What the budget covers, one item per line. */
    comprend: z.array(text()).min(1),
  }),
  /** Projects budget. */
  projets: z.strictObject({
    /** Amount on calls for projects. */
    appels_a_projets: euros(),
    /** Amount once the territories' share is added. */
    avec_territoires: euros(),
  }),
  /** Leverage: euros mobilised on projects for 1 € of operating budget. */
  effet_levier: z
    .strictObject({
      annee_fonctionnement: year(),
      annee_projets: year(),
      appels_a_projets: euros(),
      territoires: euros(),
    })
    .optional(),
  /** Where the figures come from. */
  sources: z.array(source).min(1),
});

export type FiguresData = z.infer<typeof figuresSchema>;
