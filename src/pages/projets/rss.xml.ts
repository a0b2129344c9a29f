import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getProjects } from '../../lib/entries.ts';
import { typeset } from '../../lib/format.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { paths } from '../../lib/urls.ts';

/** RSS 2.0 feed of the case studies, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const projects = await getProjects();
  return rss({
    title: `Projets du ${siteConfig.nom}`,
    description: `Les projets du ${siteConfig.nom}, laboratoire d’innovation publique de Bretagne, documentés par des sources publiques.`,
    site: site!,
    customData: '<language>fr</language>',
    items: projects.map((project) => ({
      title: typeset(project.data.titre),
      link: paths.project(project.id),
      description: typeset(project.data.resume),
      categories: [project.data.objectif],
    })),
  });
};
