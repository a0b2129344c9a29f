import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestFileName } from './file-names.ts';

/** What `npm run new` can create: the collection folder, the template, the file extension. */
export const entryKinds = {
  methode: { folder: 'methodes', template: 'methode.md', extension: 'md' },
  projet: { folder: 'projets', template: 'projet.md', extension: 'md' },
  partenaire: { folder: 'partenaires', template: 'partenaire.yaml', extension: 'yaml' },
  parcours: { folder: 'parcours', template: 'parcours.md', extension: 'md' },
  // A canvas takes its sheet's file name: `npm run new -- support "Carte d’empathie"`.
  support: { folder: 'supports', template: 'support.yaml', extension: 'yaml' },
} as const;
export type EntryKind = keyof typeof entryKinds;

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
