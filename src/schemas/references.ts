import { z } from 'astro/zod';

/** Collections that other entries may point to with a reference. */
export type ReferencedCollection = 'methodes' | 'partenaires' | 'projets';

/** What a reference field resolves to once validated: the same shape Astro's `reference()` returns. */
export interface EntryReference<C extends ReferencedCollection = ReferencedCollection> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference field. Astro passes its own `reference()`
 * (from `astro:content`); everything else passes `plainReference` (or `collectingReference`, which
 * is the same, reporting what it reads), and then checks that every referenced id exists.
 */
export type ReferenceFactory = <C extends ReferencedCollection>(
  collection: C,
) => z.ZodType<EntryReference<C>, unknown>;

/** The key that marks a reference field in JSON Schema with the collection it points to. */
export const referenceMark = 'x-reference';

/**
 * A reference outside Astro: an id written as text, resolved to `{ collection, id }`, reported to
 * `record` even when the rest of the entry is invalid, and marked in JSON Schema (the editor offers
 * a relation, the field documentation names the folder).
 */
export function collectingReference(record: (reference: EntryReference) => void): ReferenceFactory {
  return (collection) =>
    z
      .string({ error: 'attendu : l’identifiant d’une fiche (nom de son fichier, sans extension)' })
      .min(1)
      .transform((id) => {
        record({ collection, id });
        return { collection, id };
      })
      .meta({ [referenceMark]: collection }) as never;
}

/** A reference outside Astro, reporting to no one. */
export const plainReference: ReferenceFactory = collectingReference(() => {});

/** True for a resolved reference `{ collection, id }`, the only two fields such an object holds. */
export function isEntryReference(value: unknown): value is EntryReference {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    Object.keys(record).length === 2 &&
    typeof record.collection === 'string' &&
    typeof record.id === 'string'
  );
}
