import { resolve } from 'node:path';

/**
 * Folder holding the editors' content. `TILAB_CONTENT_DIR` points elsewhere
 * for the benchmark and the build tests' fixture sites.
 */
export function contentRoot(cwd = process.cwd()): string {
  return resolve(cwd, process.env.TILAB_CONTENT_DIR ?? 'content');
}
