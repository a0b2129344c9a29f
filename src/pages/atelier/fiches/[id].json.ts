import type { APIRoute, GetStaticPaths } from 'astro';
import { sheetFacts } from '../../../lib/atelier/sheet-facts.ts';
import { sheetSupport } from '../../../lib/atelier/sheet-support.ts';
import { getMethods, type Method } from '../../../lib/entries.ts';
import { paths } from '../../../lib/urls.ts';

// One small document per sheet for « Préparer mon atelier »: the planner fetches only the sheets of
// the session it shows (connect-src 'self'), instead of carrying the whole library in its page.
export const getStaticPaths = (async () =>
  (await getMethods()).map((method) => ({
    params: { id: method.id },
    props: { method },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { method } = props as { method: Method };
  const facts = sheetFacts(method.id, method.data, {
    sheet: paths.method(method.id),
    support: sheetSupport(method.id),
  });
  return new Response(JSON.stringify(facts), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
