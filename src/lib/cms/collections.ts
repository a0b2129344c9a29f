import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../content-root.ts';
import {
  type CollectionName,
  type CollectionSpec,
  collectionNames,
  collectionSpecs,
  holdsMarkdown,
} from '../../schemas/collections.ts';
import { cmsCollectionName } from './collection-names.ts';
import { objectFields, type CmsField, type FieldContext } from './form-fields.ts';
import { collectionJsonSchema, type JsonSchema } from '../../schemas/json-schema.ts';

/** A folder collection of Decap CMS's configuration. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  media_folder: string;
  public_folder: string;
  fields: CmsField[];
}

/** Name of the Markdown body in the form (Decap's own convention for front-matter formats). */
export const bodyField = 'body';

/** The JSON Schema of a collection's entry, as the editor writes it (references as ids). */
export function entrySchema(name: CollectionName): JsonSchema {
  return collectionJsonSchema(name);
}

/** The field that names an entry: `titre`, or the first text field (`nom` for partners, `annee`…). */
export function titleField(name: CollectionName): string {
  const properties = Object.keys(entrySchema(name).properties ?? {});
  return properties.includes('titre') ? 'titre' : (properties[0] ?? 'titre');
}

const context: FieldContext = {
  titleFieldOf: (collection) => titleField(collection as CollectionName),
};

/** Decap's format for a collection: our own, which keeps a file's layout (src/client/cms/formats.ts). */
export const formatName = (spec: CollectionSpec) =>
  holdsMarkdown(spec) ? 'tilab-frontmatter' : 'tilab-yaml';

/** The body a new entry starts from: the `npm run new` template's, when the collection has one. */
function templateBody(spec: CollectionSpec): string | undefined {
  const file = spec.newEntry && join('scripts', 'templates', `${spec.newEntry}.md`);
  if (!file || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n+/, '');
}

/** The sub-folders of a collection that hold entries: Decap edits one folder per collection. */
function entryFolders(folder: string, extension: string, root = contentRoot()): string[] {
  const walk = (dir: string): string[] => {
    if (!existsSync(dir)) return [];
    const names = readdirSync(dir);
    const here = names.some((n) => n.endsWith(`.${extension}`)) ? [dir] : [];
    return [
      ...here,
      ...names
        .map((n) => join(dir, n))
        .filter((p) => statSync(p).isDirectory())
        .flatMap(walk),
    ];
  };
  const found = walk(join(root, folder)).map((dir) => relative(root, dir).replace(/\\/g, '/'));
  return found.length ? found.sort() : [folder];
}

/** The Decap collections of one content collection: one per folder holding its files. */
export function cmsCollections(name: CollectionName, root = contentRoot()): CmsCollection[] {
  const spec: CollectionSpec = collectionSpecs[name];
  // Only plain Markdown is edited in the browser: MDX files are for maintainers.
  const extension = holdsMarkdown(spec) ? 'md' : spec.extensions[0]!;
  const title = titleField(name);
  const fields = objectFields(entrySchema(name), context);
  const body = templateBody(spec);
  if (extension === 'md')
    fields.push({
      name: bodyField,
      label: 'Texte',
      widget: 'markdown',
      required: false,
      hint: 'Le texte de la page, en Markdown : les intertitres commencent à ##.',
      ...(body && { default: body }),
    });
  const { label, singular } = spec.editor;
  return entryFolders(spec.folder, extension, root).map((folder) => {
    const subfolder = folder.slice(spec.folder.length + 1);
    return {
      name: cmsCollectionName(folder),
      label: subfolder ? `${label} : ${subfolder}` : label,
      label_singular: singular,
      folder: `content/${folder}`,
      extension,
      format: formatName(spec),
      create: true,
      slug: '{{slug}}',
      identifier_field: title,
      summary: `{{${title}}}`,
      sortable_fields: [title],
      media_folder: '',
      public_folder: './',
      fields,
    };
  });
}

/** Every collection of the editor. */
export function allCmsCollections(root = contentRoot()): CmsCollection[] {
  return collectionNames.flatMap((name) => cmsCollections(name, root));
}
