// The Markdown copies of the site's pages and the llms.txt sections, from the entries the pages
// read (src/lib/entries.ts) and their page data (related sheets, parcours steps).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSourceFile } from '../../build/validation/source-file.ts';
import { ui } from '../../i18n/fr.ts';
import {
  getCanvasesBySheet,
  getLabPage,
  getLabPages,
  getMethods,
  getParcours,
  getPartners,
  getProjects,
} from '../entries.ts';
import { datasets, datasetNames } from '../open-data.ts';
import { methodPages } from '../page-data/method-pages.ts';
import { parcoursWithSteps } from '../parcours-steps.ts';
import { siteConfig } from '../site-config.ts';
import { paths } from '../urls.ts';
import type { LlmsSection } from './llms.ts';
import {
  labPageCopy,
  methodCopy,
  parcoursCopy,
  projectCopy,
  type CopyContext,
} from './page-copies.ts';

const t = ui.markdownCopy;

export interface PageCopy {
  /** The page's address (/methodes/personas/); the copy's is paths.markdownCopy of it. */
  pagePath: string;
  markdown: string;
}

export const copyContext: CopyContext = { site: siteConfig.adresse_du_site };

/**
 * An entry's Markdown body, read from its file: the collections do not keep it (retainBody: false
 * in src/content.config.ts, so that Vite compiles less), and only the copies need it.
 */
function withBody<E extends { filePath?: string | undefined }>(entry: E): E & { body: string } {
  const text = entry.filePath ? readFileSync(resolve(entry.filePath), 'utf8') : '';
  return { ...entry, body: parseSourceFile(text, false)?.body ?? '' };
}

/** The home page is not copied: its text is the lab pages' and the library's. */
const copiedLabPages = async () => (await getLabPages()).filter((page) => page.id !== 'accueil');

export async function methodCopies(): Promise<PageCopy[]> {
  const [methods, projects, parcours, canvases] = await Promise.all([
    getMethods(),
    getProjects(),
    getParcours(),
    getCanvasesBySheet(),
  ]);
  return methodPages(methods, projects, parcours).map(({ method, related }) => ({
    pagePath: paths.method(method.id),
    markdown: methodCopy(
      { method: withBody(method), related, canvas: canvases.get(method.id) },
      copyContext,
    ),
  }));
}

export async function parcoursCopies(): Promise<PageCopy[]> {
  return (await parcoursWithSteps()).map((parcours) => ({
    pagePath: paths.parcours(parcours.entry.id),
    markdown: parcoursCopy({ ...parcours, entry: withBody(parcours.entry) }, copyContext),
  }));
}

export async function projectCopies(): Promise<PageCopy[]> {
  const [projects, partners, methods] = await Promise.all([
    getProjects(),
    getPartners(),
    getMethods(),
  ]);
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const methodById = new Map(methods.map((m) => [m.id, m]));
  return projects.map((project) => ({
    pagePath: paths.project(project.id),
    markdown: projectCopy(
      {
        project: withBody(project),
        partners: project.data.partenaires.flatMap((ref) => partnerById.get(ref.id) ?? []),
        methods: project.data.methodes.flatMap((ref) => methodById.get(ref.id) ?? []),
      },
      copyContext,
    ),
  }));
}

export async function labPageCopies(): Promise<PageCopy[]> {
  return (await copiedLabPages()).map((page) => ({
    pagePath: paths.page(page.id),
    markdown: labPageCopy(withBody(page), copyContext),
  }));
}

/** What /llms.txt says of the site: its name and the home page's description. */
export async function llmsSummary() {
  const home = await getLabPage('accueil');
  return {
    site: copyContext.site,
    name: siteConfig.nom,
    summary: home?.data.description ?? siteConfig.sous_titre,
  };
}

/** The sections of /llms.txt: every sheet, parcours, canvas, case study, lab page and dataset. */
export async function llmsSections(): Promise<LlmsSection[]> {
  const [methods, parcours, canvases, projects, labPages] = await Promise.all([
    getMethods(),
    getParcours(),
    getCanvasesBySheet(),
    getProjects(),
    copiedLabPages(),
  ]);
  const copy = (pagePath: string) => paths.markdownCopy(pagePath);
  return [
    {
      title: t.sectionMethods,
      links: methods.map((m) => ({
        title: m.data.titre,
        href: copy(paths.method(m.id)),
        note: m.data.resume,
      })),
    },
    {
      title: t.sectionParcours,
      links: parcours.map((p) => ({
        title: p.data.titre,
        href: copy(paths.parcours(p.id)),
        note: p.data.resume,
      })),
    },
    {
      title: t.sectionCanvases,
      links: methods.flatMap((m) => {
        const canvas = canvases.get(m.id);
        return canvas
          ? [
              {
                title: t.canvasOf.replace('{title}', canvas.data.titre),
                href: paths.methodSupport(m.id),
                note: canvas.data.consigne,
              },
            ]
          : [];
      }),
    },
    {
      title: t.sectionProjects,
      links: projects.map((p) => ({
        title: p.data.titre,
        href: copy(paths.project(p.id)),
        note: p.data.resume,
      })),
    },
    {
      title: t.sectionLab,
      links: labPages.map((p) => ({
        title: p.data.titre,
        href: copy(paths.page(p.id)),
        note: p.data.description,
      })),
    },
    {
      title: t.sectionOpenData,
      links: datasetNames.map((name) => ({
        title: datasets[name].titre,
        href: `${paths.openData}${name}.json`,
        note: datasets[name].description,
      })),
    },
  ];
}
