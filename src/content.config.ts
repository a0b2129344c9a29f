import { defineCollection, reference as astroReference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import {
  type CollectionName,
  collectionPattern,
  collectionSpecs,
  entryIdFromPath,
} from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/references.ts';

// Wires each collection's folder (from collectionSpecs) to its schema; nothing else lives here.
// Content is validated with French messages before Astro runs (src/build/integrations/content-guard.ts).

const root = contentRoot();
const reference = astroReference as unknown as ReferenceFactory;

function filesOf(name: CollectionName) {
  const spec = collectionSpecs[name];
  return glob({
    base: `${root}/${spec.folder}`,
    pattern: collectionPattern(spec),
    generateId: ({ entry }) => entryIdFromPath(entry),
    // Pages use the rendered HTML, never the raw Markdown: keeping it would double the content module Vite compiles.
    retainBody: false,
  });
}

export const collections = {
  pages: defineCollection({
    loader: filesOf('pages'),
    schema: collectionSpecs.pages.schema(reference),
  }),
  methodes: defineCollection({
    loader: filesOf('methodes'),
    schema: collectionSpecs.methodes.schema(reference),
  }),
  parcours: defineCollection({
    loader: filesOf('parcours'),
    schema: collectionSpecs.parcours.schema(reference),
  }),
  projets: defineCollection({
    loader: filesOf('projets'),
    schema: collectionSpecs.projets.schema(reference),
  }),
  partenaires: defineCollection({
    loader: filesOf('partenaires'),
    schema: collectionSpecs.partenaires.schema(reference),
  }),
  principes: defineCollection({
    loader: filesOf('principes'),
    schema: collectionSpecs.principes.schema(reference),
  }),
  chiffres: defineCollection({
    loader: filesOf('chiffres'),
    schema: collectionSpecs.chiffres.schema(reference),
  }),
  supports: defineCollection({
    loader: filesOf('supports'),
    schema: collectionSpecs.supports.schema(reference),
  }),
};
