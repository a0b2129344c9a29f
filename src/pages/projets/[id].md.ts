import type { APIRoute, GetStaticPaths } from 'astro';
import { getProjects } from '../../lib/entries.ts';
import { markdownResponse } from '../../lib/markdown-response.ts';
import { projectMarkdown } from '../../lib/markdown-copy.ts';

// A case study's Markdown copy, beside its page: /projets/<id>.md.
export const getStaticPaths = (async () =>
  (await getProjects()).map((project) => ({
    params: { id: project.id },
    props: { project },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { project } = props as { project: Awaited<ReturnType<typeof getProjects>>[number] };
  return markdownResponse(projectMarkdown(project, site!));
};
