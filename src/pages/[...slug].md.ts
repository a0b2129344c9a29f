import type { APIRoute, GetStaticPaths } from 'astro';
import { getLabPages } from '../lib/entries.ts';
import { markdownResponse } from '../lib/markdown-response.ts';
import { hasMarkdownCopy, labPageMarkdown } from '../lib/markdown-copy.ts';

// A lab or legal page's Markdown copy, beside it: /le-ti-lab.md, /le-ti-lab/budget.md, /index.md.
export const getStaticPaths = (async () =>
  (await getLabPages()).filter(hasMarkdownCopy).map((page) => ({
    params: { slug: page.id === 'accueil' ? 'index' : page.id },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { page } = props as { page: Awaited<ReturnType<typeof getLabPages>>[number] };
  return markdownResponse(labPageMarkdown(page, site!));
};
