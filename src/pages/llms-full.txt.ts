// /llms-full.txt: every method sheet in full, for AI assistants.
import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/markdown-copy/llms.ts';
import { markdownResponse } from '../lib/markdown-copy/response.ts';
import { methodCopies, llmsSummary } from '../lib/markdown-copy/site-copies.ts';

export const GET: APIRoute = async () =>
  markdownResponse(
    llmsFull(
      await llmsSummary(),
      (await methodCopies()).map((copy) => copy.markdown),
    ),
  );
