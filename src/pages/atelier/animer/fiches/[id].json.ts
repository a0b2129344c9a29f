import type { APIRoute, GetStaticPaths } from 'astro';
import { runFacts } from '../../../../lib/atelier/run-facts.ts';
import { getMethods, type Method } from '../../../../lib/entries.ts';

// One small document per sheet for « Animer la séance » (what to do while the step runs), fetched
// only for the sheets of the session being run (connect-src 'self').
export const getStaticPaths = (async () =>
  (await getMethods()).map((method) => ({
    params: { id: method.id },
    props: { method },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { method } = props as { method: Method };
  const facts = runFacts(method.id, method.data, method.rendered?.html ?? '');
  return new Response(JSON.stringify(facts), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
