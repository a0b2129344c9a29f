import { z } from 'astro/zod';
import { collectionSpecs } from '../schemas/collections.ts';
import { isEntryReference, plainReference } from '../schemas/references.ts';
import { ui } from '../i18n/fr.ts';
import { siteConfig } from './site-config.ts';
import { paths } from './urls.ts';

/** The collections published as open data, with their French presentation. */
export const datasets = {
  methodes: {
    titre: 'Fiches de la bibliothèque de méthodes (site du Ti Lab)',
    description:
      'Les méthodes de la bibliothèque : phases, durée, participant·e·s, difficulté, matériel, conseils, sources.',
    url: paths.method,
  },
  projets: {
    titre: 'Projets auxquels le Ti Lab a pris part',
    description:
      'Les projets auxquels le Ti Lab a pris part, documentés par des sources publiques : type d’objectif (lecture de ce site), années, statut, partenaires, méthodes, sources.',
    url: paths.project,
  },
  partenaires: {
    titre: 'Partenaires et organismes cités',
    description:
      'Les partenaires du Ti Lab et les organismes que nomment des sources publiques : type, territoire, site, sources.',
    url: (id: string) => `${paths.partners}#${id}`,
  },
  supports: {
    titre: 'Supports à imprimer des fiches méthodes (site du Ti Lab)',
    description:
      'Les canevas à imprimer qui accompagnent certaines fiches, chacun sous le nom de sa fiche : format, orientation, consigne, grille et zones, sources.',
    url: paths.methodSupport,
  },
} as const;

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

/** The two fields every published record starts with, which the content files do not hold. */
const publishedFields = {
  id: {
    type: 'string',
    minLength: 1,
    description: 'Identifiant : le nom du fichier, sans extension.',
  },
  url: { type: 'string', format: 'uri', description: 'Adresse de la page sur le site.' },
} as const;

/**
 * The JSON Schema of one published record: the collection's own schema (references written as
 * ids), with the record's id and address first, so that a record validates as it is published.
 */
export function recordSchema(name: DatasetName) {
  const schema = z.toJSONSchema(collectionSpecs[name].schema(plainReference), {
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    properties: { ...publishedFields, ...schema.properties },
    required: [...Object.keys(publishedFields), ...(schema.required ?? [])],
  };
}

/** Replaces Astro's `{ collection, id }` references by their ids, as editors write them. */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (!value || typeof value !== 'object') return value;
  if (isEntryReference(value)) return value.id;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plainData(field)]));
}

/** A whole dataset file: what it is, its licence, the schema of a record, the records. */
export function datasetDocument(
  name: DatasetName,
  entries: { id: string; data: unknown }[],
  site: URL | string,
) {
  const dataset = datasets[name];
  return {
    titre: dataset.titre,
    description: dataset.description,
    licence: siteConfig.licence.confirmee
      ? siteConfig.licence.nom
      : `${siteConfig.licence.nom} ${ui.licence.toBeConfirmed}`,
    licence_url: siteConfig.licence.adresse,
    producteur: siteConfig.editeur.nom || ui.toBeSupplied,
    schema: recordSchema(name),
    donnees: entries.map((entry) => ({
      id: entry.id,
      url: new URL(dataset.url(entry.id), site).href,
      ...(plainData(entry.data) as object),
    })),
  };
}
