import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../support/static-imports.ts';

// The built site, as `npm run build` leaves it: every page already announces every module its
// scripts import, so that the browser fetches them all in one round instead of discovering them one
// network round trip at a time. The imports are read here from the built scripts' text, apart from
// the bundler's graph the build uses.

const dist = 'dist';
const read = (path: string) =>
  existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : null;
const imports = new Map<string, string[]>();
const importsOf = (path: string): string[] => {
  if (!imports.has(path)) {
    const code = read(path);
    imports.set(path, code === null ? [] : staticImports(code, path));
  }
  return imports.get(path)!;
};
/** Every module the page's scripts import, however deep. */
const needed = (scripts: string[]) => {
  const found = new Set<string>();
  const queue = scripts.flatMap(importsOf);
  for (const path of queue) {
    if (found.has(path)) continue;
    found.add(path);
    queue.push(...importsOf(path));
  }
  return found;
};
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html'))
  .map((f) => join(f.parentPath, f.name));

/** The module scripts a page loads and the modules it preloads, in document order. */
function announced(file: string) {
  const scripts: string[] = [];
  const preloads: string[] = [];
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node) => {
    const { src, type, rel, href } = node.properties;
    if (node.tagName === 'script' && type === 'module' && typeof src === 'string')
      scripts.push(src);
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('modulepreload'))
      preloads.push(String(href));
  });
  return { scripts, preloads };
}

describe('the built pages', () => {
  const all = pages.map((page) => ({ page, ...announced(page) }));

  it('preload every module their scripts import, however deep, once', () => {
    const missing = all.flatMap(({ page, scripts, preloads }) =>
      [...needed(scripts)]
        .filter((path) => !preloads.includes(path) && !scripts.includes(path))
        .map((path) => `${page}: ${path}`),
    );
    expect(missing).toEqual([]);
    const twice = all.filter(({ preloads }) => new Set(preloads).size !== preloads.length);
    expect(twice.map(({ page }) => page)).toEqual([]);
  });

  it('include the search page, whose script imports shared modules', () => {
    const search = all.find(({ page }) => page === join(dist, 'recherche/index.html'))!;
    expect(search.preloads.length).toBeGreaterThan(0);
  });
});
