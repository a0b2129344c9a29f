import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CollectionWith,
  collectionSpecs,
  collectionsWith,
} from '../../schemas/collections.ts';
import { suggestFileName } from './file-names.ts';

/** What `npm run new` can create: the collections that declare a type for it (src/schemas/collections.ts). */
export const entryKinds = Object.fromEntries(
  collectionsWith('newEntry').map((name) => {
    const spec = collectionSpecs[name];
    const extension = spec.extensions[0];
    return [
      spec.newEntry,
      { folder: spec.folder, template: `${spec.newEntry}.${extension}`, extension },
    ];
  }),
) as Record<EntryKind, { folder: string; template: string; extension: string }>;
export type EntryKind = (typeof collectionSpecs)[CollectionWith<'newEntry'>]['newEntry'];

export interface NewEntry {
  path: string;
  text: string;
}

/** The file `npm run new -- <kind> "Titre"` writes: its path and its text, from the collection's template. */
export function newEntry(
  kind: EntryKind,
  title: string,
  contentDir: string,
  templatesDir: string,
  today: string,
): NewEntry {
  const spec = entryKinds[kind];
  const slug = suggestFileName(title);
  if (!slug) throw new Error('Le titre doit contenir au moins une lettre ou un chiffre.');
  const path = join(contentDir, spec.folder, `${slug}.${spec.extension}`);
  const methods = existsSync(join(contentDir, 'methodes'))
    ? readdirSync(join(contentDir, 'methodes'))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ''))
        .sort()
    : [];
  const values: Record<string, string> = {
    titre: JSON.stringify(title.trim()),
    date: today,
    year: today.slice(0, 4),
    method1: methods[0] ?? 'a-choisir',
    method2: methods[1] ?? methods[0] ?? 'a-choisir',
  };
  const text = readFileSync(join(templatesDir, spec.template), 'utf8').replace(
    /\{\{(\w+)\}\}/g,
    (_m, key: string) => values[key] ?? '',
  );
  return { path, text };
}
