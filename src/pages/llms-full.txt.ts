import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/llms-txt.ts';

// Every sheet in full, in one file, for AI assistants (llmstxt.org).
export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsFull(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
