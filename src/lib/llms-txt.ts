// /llms.txt and /llms-full.txt (llmstxt.org): an H1, a summary in a quotation, then sections of
// links, one line each, to the Markdown copies of the pages (src/lib/markdown-copy.ts).
import {
  getCanvasesBySheet,
  getLabPages,
  getMethods,
  getParcours,
  getProjects,
} from './entries.ts';
import { hasMarkdownCopy, labPagePath, sheetMarkdown } from './markdown-copy.ts';
import { datasetNames, datasets } from './open-data.ts';
import { siteConfig } from './site-config.ts';
import { paths } from './urls.ts';

const summary = `Le site du ${siteConfig.nom}, laboratoire d’innovation publique de Bretagne porté par l’État et la Région Bretagne (Rennes, depuis 2017) : ce qu’est le laboratoire, ses projets documentés par des sources publiques, et une bibliothèque de méthodes d’atelier écrite pour les agent·e·s publics (phases, durée, nombre de participant·e·s, déroulé, matériel, sources). Chaque page existe en Markdown à son adresse suivie de .md.`;

const link = (site: URL, title: string, path: string, note: string) =>
  `- [${title}](${new URL(path, site).href}): ${note}`;

export async function llmsIndex(site: URL): Promise<string> {
  const [methods, parcours, projects, pages, canvases] = await Promise.all([
    getMethods(),
    getParcours(),
    getProjects(),
    getLabPages(),
    getCanvasesBySheet(),
  ]);
  const sections: [string, string[]][] = [
    [
      'Fiches de méthode',
      methods.map((m) =>
        link(site, m.data.titre, paths.markdownCopy(paths.method(m.id)), m.data.resume),
      ),
    ],
    [
      'Parcours',
      parcours.map((p) =>
        link(site, p.data.titre, paths.markdownCopy(paths.parcours(p.id)), p.data.resume),
      ),
    ],
    [
      'Supports à imprimer',
      [...canvases.values()].map((c) =>
        link(
          site,
          c.data.titre,
          paths.methodSupport(c.id),
          `support de la fiche, à imprimer en ${c.data.format} ${c.data.orientation}`,
        ),
      ),
    ],
    [
      'Projets',
      projects.map((p) =>
        link(site, p.data.titre, paths.markdownCopy(paths.project(p.id)), p.data.resume),
      ),
    ],
    [
      'Le laboratoire et le site',
      pages
        .filter(hasMarkdownCopy)
        .map((p) =>
          link(site, p.data.titre, paths.markdownCopy(labPagePath(p)), p.data.description),
        ),
    ],
    [
      'Données ouvertes',
      datasetNames.map((name) =>
        link(site, datasets[name].titre, paths.openDataFile(name), datasets[name].description),
      ),
    ],
    [
      'Optional',
      [
        link(
          site,
          'Toutes les fiches en un fichier',
          paths.llmsFull,
          'le texte complet de chaque fiche de méthode',
        ),
      ],
    ],
  ];
  return `# ${siteConfig.nom} — bibliothèque de méthodes\n\n> ${summary}\n\n${sections
    .map(([title, lines]) => `## ${title}\n\n${lines.join('\n')}`)
    .join('\n\n')}\n`;
}

export async function llmsFull(site: URL): Promise<string> {
  const [methods, canvases] = await Promise.all([getMethods(), getCanvasesBySheet()]);
  // Each sheet whole, as its own Markdown copy, one after the other (as llms-full.txt files do).
  return [
    `# ${siteConfig.nom} — toutes les fiches de méthode\n\n> ${summary}\n`,
    ...methods.map((m) => sheetMarkdown(m, canvases.get(m.id), site)),
  ].join('\n---\n\n');
}
