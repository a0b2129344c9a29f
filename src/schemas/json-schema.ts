import { z } from 'astro/zod';
import { type CollectionName, collectionSpecs } from './collections.ts';
import { plainReference, referenceMark } from './references.ts';

/** The part of JSON Schema that `z.toJSONSchema()` writes for our schemas, and that we read. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number | boolean | null)[];
  const?: unknown;
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  /** The French label of each value of an enum (src/schemas/option-labels.ts). */
  optionLabels?: Record<string, string>;
  /** Our own mark on a reference field: the collection it points to (src/schemas/references.ts). */
  [referenceMark]?: CollectionName;
}

/**
 * A schema as JSON Schema, the way an editor writes an entry (`io: 'input'`: references and dates
 * as text). `published`: without our reference mark and the editor's option labels, which strict
 * validators of the open data would refuse as unknown keywords.
 */
export function toJsonSchema(schema: z.ZodType, { published = false } = {}): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    ...(published && {
      override: ({ jsonSchema }) => {
        delete (jsonSchema as JsonSchema)[referenceMark];
        delete (jsonSchema as JsonSchema).optionLabels;
      },
    }),
  }) as JsonSchema;
}

/** The JSON Schema of a collection's entry (references written as ids and marked with their collection). */
export function collectionJsonSchema(name: CollectionName, options?: { published?: boolean }) {
  return toJsonSchema(collectionSpecs[name].schema(plainReference), options);
}
