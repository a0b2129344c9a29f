// Whether a sheet has a printable canvas (issue 14, item 2): canvases are content, one file per
// sheet in content/supports/, rendered at /methodes/<id>/support/. Build time only.
// When the canvases' own collection lands, this is the one place to ask it instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../content-root.ts';
import { paths } from '../urls.ts';

const canvasExtensions = ['yaml', 'yml', 'md', 'json'];

/** The address of the sheet's canvas, or null when it has none. */
export function sheetSupport(id: string, root = contentRoot()): string | null {
  const folder = join(root, 'supports');
  return canvasExtensions.some((ext) => existsSync(join(folder, `${id}.${ext}`)))
    ? paths.methodSupport(id)
    : null;
}
