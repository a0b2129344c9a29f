import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withModulePreloads } from '../../src/build/module-preload.ts';
import { staticImports } from '../support/static-imports.ts';

// The built site, as `npm run build` leaves it: every page already announces every module its
// scripts import, so that nothing is left to discover one network round trip at a time. The
// imports are read here from the built scripts' text, apart from the bundler's graph the build uses.

const dist = 'dist';
const read = (path: string) =>
  existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : null;
const graph = new Map<string, string[]>();
const importsOf = (path: string): string[] => {
  if (!graph.has(path)) {
    graph.set(path, []);
    const code = read(path);
    graph.set(path, code === null ? [] : staticImports(code, path));
    graph.get(path)!.forEach(importsOf);
  }
  return graph.get(path)!;
};
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.html'))
  .map((f) => join(f.parentPath, f.name));

describe('the built pages', () => {
  it('preload every module their scripts import, however deep', () => {
    const missing = pages.filter((page) => {
      const html = readFileSync(page, 'utf8');
      for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) importsOf(src!);
      return withModulePreloads(html, graph) !== html;
    });
    expect(missing).toEqual([]);
  });

  it('include the search page, whose script imports shared modules', () => {
    const search = readFileSync(join(dist, 'recherche/index.html'), 'utf8');
    expect(search.match(/<link rel="modulepreload" href="\/_astro\//g)?.length).toBeGreaterThan(0);
  });
});
