import type { z } from 'astro/zod';
import { canvasSchema } from './canvas.ts';
import { figuresSchema } from './figures.ts';
import { methodSchema } from './method.ts';
import { pageSchema } from './page.ts';
import { parcoursSchema } from './parcours.ts';
import { partnerSchema } from './partner.ts';
import { principleSchema } from './principle.ts';
import { projectSchema } from './project.ts';
import type { ReferenceFactory, ReferencedCollection } from './references.ts';

/**
 * Every content collection: its folder under content/, the files it reads and
 * its schema. Astro's content config and `npm run check` both derive from it.
 */
export const collectionSpecs = {
  pages: {
    folder: 'pages',
    extensions: ['md', 'mdx'],
    schema: (_reference: ReferenceFactory) => pageSchema,
  },
  methodes: { folder: 'methodes', extensions: ['md', 'mdx'], schema: methodSchema },
  parcours: { folder: 'parcours', extensions: ['md'], schema: parcoursSchema },
  projets: { folder: 'projets', extensions: ['md', 'mdx'], schema: projectSchema },
  partenaires: {
    folder: 'partenaires',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => partnerSchema,
  },
  principes: {
    folder: 'principes',
    extensions: ['md'],
    schema: (_reference: ReferenceFactory) => principleSchema,
  },
  chiffres: {
    folder: 'chiffres',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => figuresSchema,
  },
  supports: {
    folder: 'supports',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => canvasSchema,
    sameIdAs: 'methodes',
  },
} satisfies Record<string, CollectionSpec>;

export interface CollectionSpec {
  /** Folder under the content root. */
  folder: string;
  /** File extensions read, without the dot. */
  extensions: readonly string[];
  /** The schema, given the way reference fields are validated. */
  schema: (reference: ReferenceFactory) => z.ZodType;
  /** Each entry belongs to the entry of this collection that has the same id (a canvas to its sheet). */
  sameIdAs?: ReferencedCollection;
}

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

/** The glob pattern of a collection's files, relative to its folder. */
export function collectionPattern(spec: CollectionSpec): string {
  return spec.extensions.length === 1
    ? `**/*.${spec.extensions[0]}`
    : `**/*.{${spec.extensions.join(',')}}`;
}

/** An entry's id: its path inside the collection folder, without extension. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.[a-z]+$/i, '');
}
