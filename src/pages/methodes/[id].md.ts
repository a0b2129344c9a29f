import type { APIRoute, GetStaticPaths } from 'astro';
import { getCanvasesByMethod, getMethods } from '../../lib/entries.ts';
import { markdownResponse } from '../../lib/markdown-response.ts';
import { methodMarkdown } from '../../lib/markdown-copy.ts';

// A sheet's Markdown copy, beside its page: /methodes/<id>.md.
export const getStaticPaths = (async () =>
  (await getMethods()).map((method) => ({
    params: { id: method.id },
    props: { method },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { method } = props as { method: Awaited<ReturnType<typeof getMethods>>[number] };
  const canvas = (await getCanvasesByMethod()).get(method.id);
  return markdownResponse(methodMarkdown(method, canvas, site!));
};
