// A parcours's Markdown copy (/parcours/<id>.md), for AI assistants.
import type { APIRoute, GetStaticPaths } from 'astro';
import { copyPaths, markdownResponse } from '../../lib/markdown-copy/response.ts';
import { parcoursCopies } from '../../lib/markdown-copy/site-copies.ts';

export const getStaticPaths = (async () =>
  copyPaths(await parcoursCopies(), 'id', (path) => path.split('/')[2]!)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  markdownResponse((props as { markdown: string }).markdown);
