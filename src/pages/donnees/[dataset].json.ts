import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { datasetDocument, datasetNames, type DatasetName } from '../../lib/open-data.ts';

export const getStaticPaths = (() =>
  datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.dataset as DatasetName;
  const entries = (await getCollection(name)).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(datasetDocument(name, entries, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
