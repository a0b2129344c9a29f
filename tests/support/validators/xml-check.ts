import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { toolPath } from '../tools.ts';

/** The sitemaps.org protocol's schemas, kept in the repository (no network at test time). */
export const sitemapSchemas = {
  urlset: resolve(import.meta.dirname, 'xsd/sitemap.xsd'),
  sitemapindex: resolve(import.meta.dirname, 'xsd/siteindex.xsd'),
};

/**
 * Problems xmllint (libxml2) finds in an XML file: not well-formed, or, given an XSD, not valid
 * against it. Never fetches anything (--nonet). Empty when the file passes.
 */
export function xmlProblems(file: string, schema?: string): string[] {
  const run = spawnSync(
    toolPath('xmllint'),
    ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file],
    { encoding: 'utf8' },
  );
  if (run.status === 0) return [];
  return `${run.stdout}${run.stderr}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/ validates$/.test(line))
    .concat(run.status === null ? [`xmllint interrompu (${run.signal})`] : []);
}

/** The sitemap schema that fits a file: a list of pages or an index of sitemaps. */
export function sitemapSchemaFor(xml: string): string | undefined {
  if (/<urlset[\s>]/.test(xml)) return sitemapSchemas.urlset;
  if (/<sitemapindex[\s>]/.test(xml)) return sitemapSchemas.sitemapindex;
  return undefined;
}
