import { z } from 'astro/zod';
import { collectionSpecs } from '../schemas/collections.ts';
import { plainReference } from '../schemas/references.ts';
import { licenceUrl, paths } from './urls.ts';

/** The collections published as open data, with their French presentation. */
export const datasets = {
  methodes: {
    titre: 'Fiches de la bibliothèque de méthodes (site du Ti Lab)',
    description:
      'Les méthodes de la bibliothèque : phases, durée, participant·e·s, difficulté, matériel, conseils, sources.',
    url: paths.method,
  },
  projets: {
    titre: 'Projets du Ti Lab',
    description:
      'Les projets documentés par des sources publiques : type d’objectif (lecture de ce site), années, statut, partenaires, méthodes, sources.',
    url: paths.project,
  },
  partenaires: {
    titre: 'Partenaires du Ti Lab',
    description:
      'Les partenaires nommés par des sources publiques : type, territoire, site, sources.',
    url: (id: string) => `${paths.partners}#${id}`,
  },
} as const;

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

/** The JSON Schema of one record, from the collection's own schema (references written as ids). */
export function recordSchema(name: DatasetName) {
  return z.toJSONSchema(collectionSpecs[name].schema(plainReference), {
    io: 'input',
    unrepresentable: 'any',
  });
}

/** Replaces Astro's `{ collection, id }` references by their ids, as editors write them. */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record.collection === 'string' && typeof record.id === 'string')
    return record.id;
  return Object.fromEntries(keys.map((key) => [key, plainData(record[key])]));
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
    licence: 'Licence Ouverte / Open Licence 2.0',
    licence_url: licenceUrl,
    producteur: 'Ti Lab, laboratoire d’innovation publique de Bretagne',
    schema: recordSchema(name),
    donnees: entries.map((entry) => ({
      id: entry.id,
      url: new URL(dataset.url(entry.id), site).href,
      ...(plainData(entry.data) as object),
    })),
  };
}
