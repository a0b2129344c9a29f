import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixtureSite = resolve('tests/fixtures/site');

/** A throw-away copy of the fixture site's content, to break on purpose. */
export function copyFixtureSite(): {
  dir: string;
  write: (path: string, text: string) => void;
  edit: (path: string, change: (text: string) => string) => void;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'tilab-fixture-'));
  cpSync(fixtureSite, dir, { recursive: true });
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    edit: (path, change) =>
      writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8'))),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
