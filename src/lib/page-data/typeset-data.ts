import { frenchPunctuation } from '../french-punctuation.ts';
import { collectionNames } from '../../schemas/collections.ts';
import { collectionJsonSchema, type JsonSchema } from '../../schemas/json-schema.ts';
import { isEntryReference } from '../../schemas/references.ts';

/** Every field of a JSON Schema, however deep, with its own schema. */
function fieldsOf(schema: JsonSchema): [string, JsonSchema][] {
  const nested = [schema.items, ...(schema.anyOf ?? [])].filter((s) => s !== undefined);
  return [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, field]): [string, JsonSchema][] => [
      [key, field],
      ...fieldsOf(field),
    ]),
    ...nested.flatMap(fieldsOf),
  ];
}

/** An address or a date (a JSON Schema format), or an id of a vocabulary (an enumeration), possibly in a list or optional. */
export function isNonProse(field: JsonSchema): boolean {
  const variants = [field, field.items, ...(field.anyOf ?? [])].filter((s) => s !== undefined);
  return variants.some((s) => s.format !== undefined || s.enum !== undefined);
}

/** Every field of every collection, by its key, as the schemas declare it. */
export const schemaFields = collectionNames.flatMap((name) => fieldsOf(collectionJsonSchema(name)));

/**
 * The fields whose strings are not prose, read from the schemas: French punctuation would corrupt
 * an address, a date or a language code, and vocabulary ids are compared with lists by the filters
 * and the planner. A key means the same in every collection (a test checks it). References
 * `{ collection, id }` are recognised by their shape instead, whatever their field.
 */
export const nonProseKeys: ReadonlySet<string> = new Set(
  schemaFields.filter(([, field]) => isNonProse(field)).map(([key]) => key),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

function typesetValue(value: unknown): unknown {
  if (typeof value === 'string') return frenchPunctuation(value);
  if (Array.isArray(value)) return value.map(typesetValue);
  if (!isPlainObject(value) || isEntryReference(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      nonProseKeys.has(key) ? field : typesetValue(field),
    ]),
  );
}

/**
 * An entry's data with French punctuation applied to every prose string, however deep (lists,
 * sources, ranges, budgets): pages load content through this once, so templates show strings as
 * they are. Numbers, booleans, dates and non-prose fields are kept; the input is not changed.
 */
export function typesetData<T>(data: T): T {
  return typesetValue(data) as T;
}
