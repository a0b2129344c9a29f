import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a project copy needs to build: its source and configuration, not its content or tests. */
const projectFiles = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/**
 * A throw-away copy of the project's source (dependencies linked, not copied), for a test that
 * changes the code the way a maintainer would and builds the result.
 */
export function copyProject(): {
  dir: string;
  edit: (path: string, change: (text: string) => string) => void;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tilab-project-'));
  for (const file of projectFiles) cpSync(resolve(file), join(dir, file), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit: (path, change) => {
      const before = readFileSync(join(dir, path), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`${path} : la modification n’a rien changé`);
      writeFileSync(join(dir, path), after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
