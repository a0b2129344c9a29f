import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../src/lib/content-root.ts';
import { paths } from '../../src/lib/urls.ts';

const firstId = (folder: string) =>
  readdirSync(join(contentRoot(), folder))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()[0]!
    .replace(/\.mdx?$/, '');

/** One page of each template, by its French name: what Lighthouse judges (tests and bench). */
export const templatePages = {
  accueil: paths.home,
  'page du laboratoire': '/le-ti-lab/',
  bibliothèque: paths.methods,
  fiche: paths.method('personas'),
  'support à imprimer': paths.methodCanvas('personas'),
  parcours: paths.parcours(firstId('parcours')),
  'étude de cas': paths.project(firstId('projets')),
  partenaires: paths.partners,
  'recherche avec résultats': `${paths.search}?q=atelier`,
  // Lighthouse refuses a document answered 404, so the page itself, as the host has it.
  'page introuvable': '/404.html',
};
export type TemplateName = keyof typeof templatePages;
