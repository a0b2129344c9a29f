/**
 * French labels already written elsewhere, found where each is defined once: every module of
 * src/vocabulary/, src/schemas/ and src/lib/facets/ is read, and
 * any list of `{ id, label }` objects, or object mapping ids to labels, is a vocabulary: an enum
 * takes the labels of the vocabulary that has exactly its values. So a new vocabulary needs no
 * registration here. A field's label is its schema's `title` (facets give theirs:
 * src/schemas/facet-fields.ts), never guessed from a facet's key.
 */

type Vocabulary = ReadonlyMap<string, string>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const vocabularies: Vocabulary[] = [];

/** Collects the vocabularies and field labels in an exported value, a few levels deep. */
function collect(value: unknown, depth = 0) {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    const entries = value.filter(
      (item): item is { id: string; label: string } =>
        isRecord(item) && typeof item.id === 'string' && typeof item.label === 'string',
    );
    if (entries.length && entries.length === value.length)
      vocabularies.push(new Map(entries.map((e) => [e.id, e.label])));
    for (const item of value) collect(item, depth + 1);
  } else if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([, label]) => typeof label === 'string'))
      vocabularies.push(new Map(entries as [string, string][]));
    for (const [, item] of entries) collect(item, depth + 1);
  }
}

const modules = {
  ...import.meta.glob<Record<string, unknown>>('../../vocabulary/*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../../schemas/*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../facets/*.ts', { eager: true }),
};
for (const exports of Object.values(modules)) collect(Object.values(exports));

/** The labels of exactly these values, if a vocabulary defines them. */
export function enumLabels(values: readonly string[]): Vocabulary | undefined {
  return vocabularies.find(
    (vocabulary) =>
      vocabulary.size === values.length && values.every((value) => vocabulary.has(value)),
  );
}
