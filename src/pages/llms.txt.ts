// /llms.txt: the site's index for AI assistants (llmstxt.org).
import type { APIRoute } from 'astro';
import { llmsIndex } from '../lib/markdown-copy/llms.ts';
import { markdownResponse } from '../lib/markdown-copy/response.ts';
import { llmsSections, llmsSummary } from '../lib/markdown-copy/site-copies.ts';

export const GET: APIRoute = async () =>
  markdownResponse(llmsIndex({ ...(await llmsSummary()), sections: await llmsSections() }));
