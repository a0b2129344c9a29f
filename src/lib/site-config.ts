import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { contentRoot } from './content-root.ts';

/** Reads and validates content/site.yaml; throws a French message naming the field. */
export function loadSiteConfig(root = contentRoot()): SiteConfig {
  const file = join(root, 'site.yaml');
  const result = siteSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    const details = result.error.issues.map((i) => `${i.path.join('.')} — ${i.message}`).join('\n');
    throw new Error(`${file} — configuration du site invalide :\n${details}`);
  }
  return result.data;
}

export const siteConfig: SiteConfig = loadSiteConfig();
