import { type CollectionWith, collectionSpecs, collectionsWith } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { isEntryReference } from '../schemas/references.ts';
import { ui } from '../i18n/fr.ts';
import { siteConfig } from './site-config.ts';

/** The collections published as open data: those the registry (src/schemas/collections.ts) marks so. */
export type DatasetName = CollectionWith<'openData'>;
export const datasetNames: DatasetName[] = collectionsWith('openData');

/** A dataset's French title and description, and the address of a record's page. */
export function datasetOf(name: DatasetName) {
  const spec = collectionSpecs[name];
  return { ...spec.openData, url: spec.address };
}

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
  const schema = collectionJsonSchema(name, { published: true });
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
  const dataset = datasetOf(name);
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
