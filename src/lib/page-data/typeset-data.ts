import { frenchPunctuation } from '../french-punctuation.ts';
import { isEntryReference } from '../../schemas/references.ts';

/**
 * The fields of src/schemas/ whose strings are not prose, wherever they sit in an entry. French
 * punctuation would corrupt them or has nothing to do there: `url` (a source's address) and `site`
 * (a partner's) are web addresses; `date` and `derniere_revue` are AAAA-MM-JJ dates; `langue` is a
 * language code; the other keys hold ids of a vocabulary or a facet, compared with lists by the
 * filters and the planner. References `{ collection, id }` are recognised by their shape instead,
 * whatever their field. A unit test checks this list against the schemas' addresses, dates and
 * enumerations, so that a new such field is listed here.
 */
export const nonProseKeys: ReadonlySet<string> = new Set([
  'url',
  'site',
  'date',
  'derniere_revue',
  'langue',
  'phases',
  'difficulte',
  'modalite',
  'objectif',
  'statut',
  'type',
  'gabarit',
  'format',
  'orientation',
]);

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
