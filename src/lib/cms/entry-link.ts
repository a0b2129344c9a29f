import { dirname, relative, resolve } from 'node:path';
import { contentRoot } from '../content-root.ts';
import { paths } from '../urls.ts';
import { cmsCollectionName } from './collection-names.ts';

/**
 * The editor's address of a content file (`/admin/#/collections/methodes/entries/entretien`), or
 * undefined for a file the editor does not edit (MDX, outside content/).
 */
export function editorEntryUrl(filePath: string, root = contentRoot()): string | undefined {
  const path = relative(root, resolve(filePath)).replace(/\\/g, '/');
  if (path.startsWith('..') || !/\.(md|yaml)$/.test(path)) return undefined;
  const slug = path.replace(/^.*\//, '').replace(/\.(md|yaml)$/, '');
  return `${paths.admin}#/collections/${cmsCollectionName(dirname(path))}/entries/${slug}`;
}
