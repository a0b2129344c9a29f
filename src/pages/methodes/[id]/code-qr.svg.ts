import type { APIRoute, GetStaticPaths } from 'astro';
import { getMethods } from '../../../lib/entries.ts';
import { qrCodeFile } from '../../../lib/qr-code.ts';
import { siteConfig } from '../../../lib/site-config.ts';
import { paths } from '../../../lib/urls.ts';

// Each sheet's QR code of its public address, as a file: the printed card shows it, the screen
// never fetches it (a lazy image in a part of the page only paper displays).
export const getStaticPaths = (async () =>
  (await getMethods()).map((method) => ({ params: { id: method.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(qrCodeFile(new URL(paths.method(params.id!), siteConfig.adresse_du_site).href), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
