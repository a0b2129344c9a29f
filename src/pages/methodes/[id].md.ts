// A sheet's Markdown copy (/methodes/<id>.md), for AI assistants.
import type { APIRoute, GetStaticPaths } from 'astro';
import { copyPaths, markdownResponse } from '../../lib/markdown-copy/response.ts';
import { methodCopies } from '../../lib/markdown-copy/site-copies.ts';

export const getStaticPaths = (async () =>
  copyPaths(await methodCopies(), 'id', (path) => path.split('/')[2]!)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  markdownResponse((props as { markdown: string }).markdown);
