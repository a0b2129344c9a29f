import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getProjects } from '../../lib/entries.ts';
import { firstPublished } from '../../lib/git-dates.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { paths } from '../../lib/urls.ts';
import { objectiveById } from '../../vocabulary/objectives.ts';

/**
 * RSS 2.0 feed of the case studies, newest first. An item's date is when its file first came
 * into the repository (git history); where the history cannot prove it (a shallow clone), the
 * item has no date rather than a wrong one, and the build says so.
 */
export const GET: APIRoute = async ({ site }) => {
  const projects = (await getProjects()).map((project) => ({
    project,
    published: project.filePath ? firstPublished(project.filePath) : undefined,
  }));
  const undated = projects.filter(({ published }) => !published).map(({ project }) => project.id);
  if (undated.length)
    console.warn(
      `[tilab:rss] date de publication inconnue pour ${undated.join(', ')} : l’historique git est incomplet (clone superficiel ?) ; ces éléments du flux sont publiés sans date. Construisez depuis un clone complet (git fetch --unshallow).`,
    );
  projects.sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0));
  return rss({
    title: `Projets auxquels le ${siteConfig.nom} a pris part`,
    description: `Les projets auxquels le ${siteConfig.nom}, laboratoire d’innovation publique de Bretagne, a pris part, documentés par des sources publiques.`,
    site: site!,
    customData: '<language>fr</language>',
    items: projects.map(({ project, published }) => ({
      title: project.data.titre,
      link: paths.project(project.id),
      description: project.data.resume,
      ...(published ? { pubDate: published } : {}),
      categories: [objectiveById(project.data.objectif)!.label],
    })),
  });
};
