import type { z } from 'astro/zod';
import type { ContentType } from '../lib/facets/search-facets.ts';
import { paths } from '../lib/urls.ts';
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
 * Every content collection, declared once: its folder under content/, the files it reads, its
 * schema, the address of an entry's page, how the editor names it, whether `npm run new` creates
 * one, whether it is published as open data and which content type search gives its pages. Astro's content config,
 * `npm run check`, `npm run new`, the editor and open data derive from it. Adding a collection touches this registry, its schema and its content.
 */
export const collectionSpecs = {
  methodes: {
    folder: 'methodes',
    extensions: ['md', 'mdx'],
    schema: methodSchema,
    address: paths.method,
    editor: { label: 'Fiches méthodes', singular: 'fiche méthode' },
    newEntry: 'methode',
    openData: {
      titre: 'Fiches de la bibliothèque de méthodes (site du Ti Lab)',
      description:
        'Les méthodes de la bibliothèque : phases, durée, participant·e·s, difficulté, matériel, conseils, sources.',
    },
    searchType: 'methode',
  },
  parcours: {
    folder: 'parcours',
    extensions: ['md'],
    schema: parcoursSchema,
    address: paths.parcours,
    editor: { label: 'Parcours', singular: 'parcours' },
    newEntry: 'parcours',
    searchType: 'parcours',
  },
  projets: {
    folder: 'projets',
    extensions: ['md', 'mdx'],
    schema: projectSchema,
    address: paths.project,
    editor: { label: 'Projets', singular: 'projet' },
    newEntry: 'projet',
    openData: {
      titre: 'Projets auxquels le Ti Lab a pris part',
      description:
        'Les projets auxquels le Ti Lab a pris part, documentés par des sources publiques : type d’objectif (lecture de ce site), années, statut, partenaires, méthodes, sources.',
    },
    searchType: 'projet',
  },
  partenaires: {
    folder: 'partenaires',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => partnerSchema,
    address: (id: string) => `${paths.partners}#${id}`,
    editor: { label: 'Partenaires', singular: 'partenaire' },
    newEntry: 'partenaire',
    openData: {
      titre: 'Partenaires et organismes cités',
      description:
        'Les partenaires du Ti Lab et les organismes que nomment des sources publiques : type, territoire, site, sources.',
    },
    searchType: 'partenaire',
  },
  pages: {
    folder: 'pages',
    extensions: ['md', 'mdx'],
    schema: (_reference: ReferenceFactory) => pageSchema,
    address: paths.page,
    editor: { label: 'Pages', singular: 'page' },
    searchType: 'page',
  },
  principes: {
    folder: 'principes',
    extensions: ['md'],
    schema: (_reference: ReferenceFactory) => principleSchema,
    editor: { label: 'Principes', singular: 'principe' },
  },
  chiffres: {
    folder: 'chiffres',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => figuresSchema,
    editor: { label: 'Chiffres clés', singular: 'année de chiffres' },
  },
  supports: {
    folder: 'supports',
    extensions: ['yaml'],
    schema: (_reference: ReferenceFactory) => canvasSchema,
    sameIdAs: 'methodes',
    address: paths.methodCanvas,
    editor: { label: 'Supports', singular: 'support' },
    // A canvas takes its sheet's file name: `npm run new -- support "Carte d’empathie"`.
    newEntry: 'support',
    openData: {
      titre: 'Supports à imprimer des fiches méthodes (site du Ti Lab)',
      description:
        'Les canevas à imprimer qui accompagnent certaines fiches, chacun sous le nom de sa fiche : format, orientation, consigne, grille et zones, sources.',
    },
  },
} as const satisfies Record<string, CollectionSpec>;

export interface CollectionSpec {
  /** Folder under the content root. */
  readonly folder: string;
  /** File extensions read, without the dot; the first is the one new files get. */
  readonly extensions: readonly string[];
  /** The schema, given the way reference fields are validated. */
  readonly schema: (reference: ReferenceFactory) => z.ZodType;
  /** Each entry belongs to the entry of this collection that has the same id (a canvas to its sheet). */
  readonly sameIdAs?: ReferencedCollection;
  /** The address of an entry's page (src/lib/urls.ts); absent: its entries have no page of their own. */
  readonly address?: (id: string) => string;
  /** How the browser editor names the collection (src/lib/cms). */
  readonly editor: { readonly label: string; readonly singular: string };
  /** The type `npm run new -- <type> "Titre"` creates, from scripts/templates/<type>.<extension>. */
  readonly newEntry?: string;
  /** Published at /donnees/<collection>.json with this title and description (src/lib/open-data.ts). */
  readonly openData?: { readonly titre: string; readonly description: string };
  /** The content type its pages declare to the search index (`data-pagefind-filter="type:…"`). */
  readonly searchType?: ContentType;
}

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

/** The collections that have a given part of the declaration, typed as having it. */
export type CollectionWith<K extends keyof CollectionSpec> = {
  [N in CollectionName]: (typeof collectionSpecs)[N] extends Record<K, unknown> ? N : never;
}[CollectionName];

export function collectionsWith<K extends keyof CollectionSpec>(key: K): CollectionWith<K>[] {
  return collectionNames.filter((name) => key in collectionSpecs[name]) as CollectionWith<K>[];
}

/** True for a collection of Markdown files (front matter and a body), false for YAML records. */
export const holdsMarkdown = (spec: CollectionSpec) => spec.extensions.includes('md');

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
