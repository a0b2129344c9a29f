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

/**
 * « Préparer mon atelier » opened from a shared link, whose agenda is drawn in the browser: Lighthouse
 * judges it too (issue 23 asks its mobile performance at 95, measured by `npm run bench`).
 */
export const sharedAtelierPage = `${paths.atelier}?v=1&m=brise-glace:15,personas:120,carte-d-empathie:60&pauses=2:15&debut=09:30&groupe=12&temps=240`;
