import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redirectsSchema, type Redirects } from '../schemas/redirects.ts';
import { contentRoot } from './content-root.ts';

/** Reads content/redirections.yaml (absent: none); throws a French message naming the file. */
export function loadRedirects(root = contentRoot()): Redirects {
  const file = join(root, 'redirections.yaml');
  if (!existsSync(file)) return {};
  const result = redirectsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    throw new Error(
      `${file} — redirections invalides :\n${result.error.issues.map((i) => `${i.path.join('.') || '(fichier)'} — ${i.message}`).join('\n')}`,
    );
  }
  return result.data;
}
