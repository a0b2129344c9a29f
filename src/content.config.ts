import { defineCollection, reference as astroReference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import {
  type CollectionName,
  collectionNames,
  collectionPattern,
  collectionSpecs,
  entryIdFromPath,
} from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/references.ts';

// Wires each collection of the registry (src/schemas/collections.ts) to Astro: its folder's files,
// its schema; nothing else lives here. Content is validated with French messages before Astro
// runs (src/build/integrations/content-guard.ts).

const root = contentRoot();
const reference = astroReference as unknown as ReferenceFactory;

type SchemaOf<N extends CollectionName> = ReturnType<(typeof collectionSpecs)[N]['schema']>;

function collectionOf(name: CollectionName) {
  const spec = collectionSpecs[name];
  return defineCollection({
    loader: glob({
      base: `${root}/${spec.folder}`,
      pattern: collectionPattern(spec),
      generateId: ({ entry }) => entryIdFromPath(entry),
      // Pages use the rendered HTML, never the raw Markdown: keeping it would double the content module Vite compiles.
      retainBody: false,
    }),
    schema: spec.schema(reference),
  });
}

/** What Astro reads of a collection's type: its loader, and its schema, kept apart per collection. */
type Collections = {
  [N in CollectionName]: Omit<ReturnType<typeof collectionOf>, 'schema'> & { schema: SchemaOf<N> };
};

export const collections = Object.fromEntries(
  collectionNames.map((name) => [name, collectionOf(name)]),
) as Collections;
