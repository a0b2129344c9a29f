// The Markdown copy of each sheet, parcours, case study and lab page, for AI assistants: what the
// page says (title, facts, steps, material, sources with their addresses), without its navigation,
// filters or print markup. Built from the same entries and page data as the pages, their body
// kept as the editors wrote it.
import { ui } from '../../i18n/fr.ts';
import { displayValue, facetNamed, factsOf } from '../facets/facet.ts';
import { methodFacets } from '../facets/method-facets.ts';
import { projectFacets } from '../facets/project-facets.ts';
import { formatDate } from '../format.ts';
import { paths } from '../urls.ts';
import type { Source } from '../../schemas/common.ts';
import {
  document,
  facts,
  heading,
  inline,
  link,
  numbered,
  section,
  sourcesSection,
} from './markdown.ts';

const t = ui.markdownCopy;

/** What every copy needs to know: where the site lives. */
export interface CopyContext {
  /** The site's public address (content/site.yaml), for absolute links. */
  site: string;
}

const absolute = (context: CopyContext, path: string) => new URL(path, context.site).href;

/** A link to another page's Markdown copy, titled as that page. */
const copyLink = (context: CopyContext, title: string, pagePath: string) =>
  link(title, absolute(context, paths.markdownCopy(pagePath)));

interface Titled {
  id: string;
  data: { titre: string; resume?: string };
}

export interface MethodCopyInput {
  method: { id: string; body?: string | undefined; data: Record<string, unknown> & MethodFields };
  related: readonly Titled[];
  canvas?: { data: { titre: string; format: string; orientation: string } } | undefined;
}
interface MethodFields {
  titre: string;
  resume: string;
  a_distance?: string | undefined;
  materiel: string[];
  preparation: string[];
  conseils: string[];
  pieges: string[];
  administration: string[];
  sources: Source[];
  derniere_revue: string;
  exemple?: boolean;
}

export function methodCopy(input: MethodCopyInput, context: CopyContext): string {
  const { method, related, canvas } = input;
  const data = method.data;
  const methodFacts = factsOf(methodFacets, data);
  const pagePath = paths.method(method.id);
  return document(
    heading(1, data.titre),
    `> ${inline(data.resume)}`,
    data.exemple && ui.exampleNotice,
    facts([
      ...methodFacets.map((facet) => [facet.label, displayValue(facet, methodFacts)] as const),
      [facetNamed(methodFacets, 'modalite').detail.label, data.a_distance],
      [t.address, absolute(context, pagePath)],
      [
        t.canvas,
        canvas &&
          `${absolute(context, paths.methodSupport(method.id))} (${canvas.data.format} ${canvas.data.orientation})`,
      ],
    ]),
    section(t.materials, data.materiel),
    section(t.preparation, data.preparation),
    method.body,
    section(t.advice, data.conseils),
    section(t.pitfalls, data.pieges),
    section(t.administration, data.administration),
    related.length > 0 &&
      `${heading(2, t.related)}\n\n${related
        .map((m) => `- ${copyLink(context, m.data.titre, paths.method(m.id))}`)
        .join('\n')}`,
    sourcesSection(data.sources),
    `${t.lastReview}\u202F: ${formatDate(data.derniere_revue)}.`,
  );
}

export interface ParcoursCopyInput {
  entry: { id: string; body?: string | undefined; data: { titre: string; resume: string } };
  steps: readonly { method: Titled; why: string }[];
}

export function parcoursCopy(input: ParcoursCopyInput, context: CopyContext): string {
  const { entry, steps } = input;
  return document(
    heading(1, entry.data.titre),
    `> ${inline(entry.data.resume)}`,
    facts([[t.address, absolute(context, paths.parcours(entry.id))]]),
    entry.body,
    `${heading(2, t.steps)}\n\n${numbered(
      steps.map(
        (step) =>
          `${copyLink(context, step.method.data.titre, paths.method(step.method.id))} : ${inline(step.why)}`,
      ),
    )}`,
  );
}

export interface ProjectCopyInput {
  project: {
    id: string;
    body?: string | undefined;
    data: Record<string, unknown> & {
      titre: string;
      resume: string;
      territoire: string;
      publics: string[];
      budget?: { montant: string; source: string } | undefined;
      resultats: string[];
      sources: Source[];
      exemple: boolean;
    };
  };
  partners: readonly { data: { nom: string } }[];
  methods: readonly Titled[];
}

export function projectCopy(input: ProjectCopyInput, context: CopyContext): string {
  const { project, partners, methods } = input;
  const data = project.data;
  const projectFacts = factsOf(projectFacets, data);
  return document(
    heading(1, data.titre),
    `> ${inline(data.resume)}`,
    data.exemple && ui.exampleNotice,
    facts([
      ...projectFacets.map((facet) => [facet.label, displayValue(facet, projectFacts)] as const),
      [t.territory, data.territoire],
      [t.publics, data.publics.join(', ')],
      [t.partners, partners.map((p) => p.data.nom).join(', ')],
      [t.budget, data.budget && `${data.budget.montant} (${data.budget.source})`],
      [t.address, absolute(context, paths.project(project.id))],
    ]),
    project.body,
    section(t.results, data.resultats),
    methods.length > 0 &&
      `${heading(2, t.methods)}\n\n${methods
        .map((m) => `- ${copyLink(context, m.data.titre, paths.method(m.id))}`)
        .join('\n')}`,
    sourcesSection(data.sources),
  );
}

export interface LabPageCopyInput {
  id: string;
  body?: string | undefined;
  data: { titre: string; description: string; sources: Source[] };
}

export function labPageCopy(page: LabPageCopyInput, context: CopyContext): string {
  return document(
    heading(1, page.data.titre),
    `> ${inline(page.data.description)}`,
    facts([[t.address, absolute(context, paths.page(page.id))]]),
    page.body,
    sourcesSection(page.data.sources),
  );
}
