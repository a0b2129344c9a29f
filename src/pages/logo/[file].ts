import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '../../lib/content-root.ts';
import { siteConfig } from '../../lib/site-config.ts';

// The lab's own logo, when content/site.yaml names one (`logo`): copied from beside site.yaml to
// the site's own origin, where the header shows it (src/components/layout/Header.astro). No logo,
// no page.
export const getStaticPaths = (() =>
  siteConfig.logo ? [{ params: { file: siteConfig.logo } }] : []) satisfies GetStaticPaths;

const types: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(contentRoot(), params.file!)), {
    headers: { 'Content-Type': types[extname(params.file!)]! },
  });
