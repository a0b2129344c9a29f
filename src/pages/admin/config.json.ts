import type { APIRoute } from 'astro';
import { cmsConfig } from '../../lib/cms/config.ts';

/** Decap CMS's configuration, generated at build time from the schemas (src/lib/cms/). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(cmsConfig(), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
