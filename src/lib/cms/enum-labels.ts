/**
 * French labels of the values an enum field accepts, found where the vocabulary is defined once:
 * every module of src/vocabulary/ and src/schemas/ is read, and any export that lists `{ id, label }`
 * objects, or maps ids to labels, is a vocabulary. An enum takes the labels of the vocabulary that has
 * exactly its values, so a new vocabulary file needs no registration here.
 */

type Vocabulary = ReadonlyMap<string, string>;

function vocabulariesOf(exports: Record<string, unknown>): Vocabulary[] {
  const found: Vocabulary[] = [];
  for (const value of Object.values(exports)) {
    if (Array.isArray(value)) {
      const entries = value.filter(
        (item): item is { id: string; label: string } =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as { id?: unknown }).id === 'string' &&
          typeof (item as { label?: unknown }).label === 'string',
      );
      if (entries.length && entries.length === value.length)
        found.push(new Map(entries.map((e) => [e.id, e.label])));
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length && entries.every(([, label]) => typeof label === 'string'))
        found.push(new Map(entries as [string, string][]));
    }
  }
  return found;
}

const modules = {
  ...import.meta.glob<Record<string, unknown>>('../../vocabulary/*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../../schemas/*.ts', { eager: true }),
};
const vocabularies = Object.values(modules).flatMap(vocabulariesOf);

/** The labels of exactly these values, if a vocabulary defines them. */
export function enumLabels(values: readonly string[]): Vocabulary | undefined {
  return vocabularies.find(
    (vocabulary) =>
      vocabulary.size === values.length && values.every((value) => vocabulary.has(value)),
  );
}
