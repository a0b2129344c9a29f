import type { APIRoute, GetStaticPaths } from 'astro';
import { methodFacts } from '../../../lib/atelier/method-facts.ts';
import { getCanvasesByMethod, getMethods, type Method } from '../../../lib/entries.ts';
import { paths } from '../../../lib/urls.ts';

// One small document per sheet for « Préparer mon atelier »: the planner fetches only the sheets of
// the session it shows (connect-src 'self'), instead of carrying the whole library in its page.
export const getStaticPaths = (async () => {
  // Whether a sheet has a canvas is asked of the canvases' collection, not of the disk.
  const canvases = await getCanvasesByMethod();
  return (await getMethods()).map((method) => ({
    params: { id: method.id },
    props: { method, hasCanvas: canvases.has(method.id) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { method, hasCanvas } = props as { method: Method; hasCanvas: boolean };
  const facts = methodFacts(method.id, method.data, {
    method: paths.method(method.id),
    canvas: hasCanvas ? paths.methodCanvas(method.id) : null,
  });
  return new Response(JSON.stringify(facts), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
