import type { APIRoute, GetStaticPaths } from 'astro';
import { getMethodsById, getParcours } from '../../lib/entries.ts';
import { markdownResponse } from '../../lib/markdown-response.ts';
import { parcoursMarkdown } from '../../lib/markdown-copy.ts';

// A parcours's Markdown copy, beside its page: /parcours/<id>.md.
export const getStaticPaths = (async () =>
  (await getParcours()).map((parcours) => ({
    params: { id: parcours.id },
    props: { parcours },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { parcours } = props as { parcours: Awaited<ReturnType<typeof getParcours>>[number] };
  return markdownResponse(parcoursMarkdown(parcours, await getMethodsById(), site!));
};
