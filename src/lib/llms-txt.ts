// /llms.txt and /llms-full.txt (llmstxt.org): an H1, a summary in a quotation, then sections of
// links, one line each, to the Markdown copies of the pages (src/lib/markdown-copy.ts).
import {
  getCanvasesByMethod,
  getLabPages,
  getMethods,
  getParcours,
  getProjects,
} from './entries.ts';
import { ui } from '../i18n/fr.ts';
import { hasMarkdownCopy, labPagePath, methodMarkdown } from './markdown-copy.ts';
import { datasetNames, datasetOf } from './open-data.ts';
import { siteConfig } from './site-config.ts';
import { paths } from './urls.ts';

const { llms } = ui;
const named = (text: string) => text.replaceAll('{site}', siteConfig.nom);
const summary = named(llms.summary);

const link = (site: URL, title: string, path: string, note: string) =>
  `- [${title}](${new URL(path, site).href}): ${note}`;

export async function llmsIndex(site: URL): Promise<string> {
  const [methods, parcours, projects, pages, canvases] = await Promise.all([
    getMethods(),
    getParcours(),
    getProjects(),
    getLabPages(),
    getCanvasesByMethod(),
  ]);
  const sections: [string, string[]][] = [
    [
      llms.methods,
      methods.map((m) =>
        link(site, m.data.titre, paths.markdownCopy(paths.method(m.id)), m.data.resume),
      ),
    ],
    [
      llms.parcours,
      parcours.map((p) =>
        link(site, p.data.titre, paths.markdownCopy(paths.parcours(p.id)), p.data.resume),
      ),
    ],
    [
      llms.canvases,
      [...canvases.values()].map((c) =>
        link(
          site,
          c.data.titre,
          paths.methodCanvas(c.id),
          llms.canvasNote.replace('{paper}', `${c.data.format} ${c.data.orientation}`),
        ),
      ),
    ],
    [
      llms.projects,
      projects.map((p) =>
        link(site, p.data.titre, paths.markdownCopy(paths.project(p.id)), p.data.resume),
      ),
    ],
    [
      llms.pages,
      pages
        .filter(hasMarkdownCopy)
        .map((p) =>
          link(site, p.data.titre, paths.markdownCopy(labPagePath(p)), p.data.description),
        ),
    ],
    [
      llms.openData,
      datasetNames.map((name) =>
        link(site, datasetOf(name).titre, paths.openDataFile(name), datasetOf(name).description),
      ),
    ],
    [llms.optional, [link(site, llms.full, paths.llmsFull, llms.fullNote)]],
  ];
  return `# ${named(llms.title)}\n\n> ${summary}\n\n${sections
    .map(([title, lines]) => `## ${title}\n\n${lines.join('\n')}`)
    .join('\n\n')}\n`;
}

export async function llmsFull(site: URL): Promise<string> {
  const [methods, canvases] = await Promise.all([getMethods(), getCanvasesByMethod()]);
  // Each sheet whole, as its own Markdown copy, one after the other (as llms-full.txt files do).
  return [
    `# ${named(llms.fullTitle)}\n\n> ${summary}\n`,
    ...methods.map((m) => methodMarkdown(m, canvases.get(m.id), site)),
  ].join('\n---\n\n');
}
