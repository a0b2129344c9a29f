// The Markdown copies of the site's pages, for AI assistants and anyone who wants the text alone
// (llmstxt.org): built from the same entries as the pages — the editors' Markdown body, the facts
// through the facet registry — with no navigation and no markup.
import { fill } from '../i18n/fill.ts';
import {
  getLabPages,
  getMethods,
  getParcours,
  getProjects,
  type Canvas,
  type LabPage,
  type Method,
  type Parcours,
  type Project,
} from './entries.ts';
import { readFileSync } from 'node:fs';
import { parseSourceFile } from '../build/validation/source-file.ts';
import { ui } from '../i18n/fr.ts';
import { displayValue, factsOf } from './facets/facet.ts';
import { methodFacets } from './facets/method-facets.ts';
import { paths } from './urls.ts';
import type { Source } from '../schemas/common.ts';

/**
 * The editors' Markdown body of an entry, read from its file: the collections do not keep it
 * (retainBody: false in src/content.config.ts, so that Vite compiles the content once).
 */
const bodyOf = (entry: { filePath?: string | undefined }) =>
  entry.filePath ? (parseSourceFile(readFileSync(entry.filePath, 'utf8'), false)?.body ?? '') : '';

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

const section = (title: string, body: string | undefined) =>
  body?.trim() ? `## ${title}\n\n${body.trim()}` : '';

const sourceLine = (source: Source) =>
  `[${source.titre}](${source.url ?? ''})${source.date ? ` (${source.date})` : ''}${
    source.langue ? ` (${source.langue})` : ''
  }`;

const document = (parts: readonly string[]) => `${parts.filter(Boolean).join('\n\n')}\n`;

/** Absolute address on the site, for links that leave the copy. */
const absolute = (site: URL, path: string) => new URL(path, site).href;

export function methodMarkdown(method: Method, canvas: Canvas | undefined, site: URL): string {
  const { data } = method;
  const facts = factsOf(methodFacets, data);
  return document([
    `# ${data.titre}`,
    data.autres_noms ? fill(ui.methodPage.aliases, { names: data.autres_noms.join(', ') }) : '',
    `> ${data.resume}`,
    list(methodFacets.map((facet) => `${facet.label}\u202F: ${displayValue(facet, facts)}`)),
    data.a_distance ? `${ui.method.remote}\u202F: ${data.a_distance}` : '',
    bodyOf(method),
    section(ui.method.materials, list(data.materiel)),
    section(ui.method.preparation, list(data.preparation)),
    section(ui.method.advice, list(data.conseils)),
    section(ui.method.pitfalls, list(data.pieges)),
    section(ui.method.administration, list(data.administration)),
    canvas
      ? section(
          ui.method.canvas,
          `[${canvas.data.titre}](${absolute(site, paths.methodCanvas(method.id))}) (${canvas.data.format} ${canvas.data.orientation})`,
        )
      : '',
    section(ui.sources, list(data.sources.map(sourceLine))),
    `${ui.markdownCopyPage}\u202F: ${absolute(site, paths.method(method.id))}`,
  ]);
}

export function parcoursMarkdown(parcours: Parcours, methods: Map<string, Method>, site: URL) {
  const { data } = parcours;
  return document([
    `# ${data.titre}`,
    `> ${data.resume}`,
    section(
      'Étapes',
      data.etapes
        .map((step, i) => {
          const method = methods.get(step.methode.id)!;
          return `${i + 1}. [${method.data.titre}](${absolute(site, paths.markdownCopy(paths.method(method.id)))}) : ${step.pourquoi}`;
        })
        .join('\n'),
    ),
    bodyOf(parcours),
    `${ui.markdownCopyPage}\u202F: ${absolute(site, paths.parcours(parcours.id))}`,
  ]);
}

export function projectMarkdown(project: Project, site: URL) {
  const { data } = project;
  return document([
    `# ${data.titre}`,
    `> ${data.resume}`,
    data.exemple ? ui.exampleFictional : '',
    bodyOf(project),
    section(ui.sources, list(data.sources.map(sourceLine))),
    `${ui.markdownCopyPage}\u202F: ${absolute(site, paths.project(project.id))}`,
  ]);
}

/** Lab and legal pages written in Markdown; an .mdx page's components have no Markdown copy. */
export const hasMarkdownCopy = (page: LabPage) => !page.filePath?.endsWith('.mdx');

export function labPageMarkdown(page: LabPage, site: URL) {
  return document([
    `# ${page.data.titre}`,
    bodyOf(page),
    `${ui.markdownCopyPage}\u202F: ${absolute(site, labPagePath(page))}`,
  ]);
}

/** A lab page's address (the home page's file is accueil.md). */
export const labPagePath = (page: LabPage) =>
  page.id === 'accueil' ? paths.home : paths.page(page.id);

/** The pages that have a Markdown copy, gathered once per build (every page asks). */
let pagesWithCopy: Promise<Set<string>> | undefined;
async function gatherPagesWithCopy(): Promise<Set<string>> {
  const [methods, parcours, projects, pages] = await Promise.all([
    getMethods(),
    getParcours(),
    getProjects(),
    getLabPages(),
  ]);
  return new Set([
    ...methods.map((m) => paths.method(m.id)),
    ...parcours.map((p) => paths.parcours(p.id)),
    ...projects.map((p) => paths.project(p.id)),
    ...pages.filter(hasMarkdownCopy).map(labPagePath),
  ]);
}

/** The address of a page's Markdown copy, if it has one (the layout announces it). */
export async function markdownCopyOf(pagePath: string): Promise<string | undefined> {
  // In `astro dev` content changes while the server runs: gathered again each time.
  const withCopy = import.meta.env.PROD
    ? await (pagesWithCopy ??= gatherPagesWithCopy())
    : await gatherPagesWithCopy();
  return withCopy.has(pagePath) ? paths.markdownCopy(pagePath) : undefined;
}
