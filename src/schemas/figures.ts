import { z } from 'astro/zod';
import { source, text, year } from './common.ts';

const euros = () =>
  z.number({ error: 'attendu : un montant en euros, sans espace ni symbole' }).nonnegative();

/** The lab's key figures for one year: `content/chiffres/<annee>.yaml`. */
export const figuresSchema = z.strictObject({
  /** Year the figures describe. */
  annee: year().describe('Année que décrivent les chiffres.'),
  /** Operating budget: team, premises, providers. */
  fonctionnement: z
    .strictObject({
      montant: euros().describe('Montant du budget de fonctionnement, en euros.'),
      /** How it is shared between the State and the Région. */
      repartition: text().describe('Partage entre l’État et la Région, tel que la source le dit.'),
      /** What the budget covers, one item per line. */
      comprend: z.array(text()).min(1).describe('Ce que couvre le budget, un élément par ligne.'),
    })
    .describe('Budget de fonctionnement : équipe, lieu, prestataires.'),
  /** Projects budget. */
  projets: z
    .strictObject({
      /** Amount on calls for projects. */
      appels_a_projets: euros().describe('Montant sur les appels à projets, en euros.'),
      /** Amount once the territories' share is added. */
      avec_territoires: euros().describe(
        'Montant une fois la part des territoires ajoutée, en euros.',
      ),
    })
    .describe('Budget des projets.'),
  /** Leverage: euros mobilised on projects for 1 € of operating budget. */
  effet_levier: z
    .strictObject({
      annee_fonctionnement: year().describe('Année du budget de fonctionnement investi.'),
      annee_projets: year().describe('Année des projets financés.'),
      appels_a_projets: euros().describe('Euros mobilisés sur les appels à projets pour 1 €.'),
      territoires: euros().describe('Euros mobilisés sur les territoires pour 1 €.'),
    })
    .optional()
    .describe('Effet de levier : euros mobilisés sur les projets pour 1 € de fonctionnement.'),
  /** Where the figures come from. */
  sources: z.array(source).min(1).describe('D’où viennent les chiffres : au moins une source.'),
});

export type FiguresData = z.infer<typeof figuresSchema>;
