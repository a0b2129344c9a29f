// A lab page's Markdown copy (/le-ti-lab.md, /le-ti-lab/principes.md…), for AI assistants.
import type { APIRoute, GetStaticPaths } from 'astro';
import { copyPaths, markdownResponse } from '../lib/markdown-copy/response.ts';
import { labPageCopies } from '../lib/markdown-copy/site-copies.ts';

export const getStaticPaths = (async () =>
  copyPaths(await labPageCopies(), 'slug', (path) => path.slice(1, -1))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  markdownResponse((props as { markdown: string }).markdown);
