import { describe, expect, it } from 'vitest';
import { moduleGraphRecorder, withModulePreloads } from '../../src/build/module-preload.ts';
import { staticImports } from '../support/static-imports.ts';

// The build announces the chunks a page's scripts import, so that the browser fetches them
// together instead of one network round trip per level of imports.

const scripts: Record<string, string> = {
  '/_astro/search.js':
    'import{a}from"./facet.js";import"./format.js";const later=()=>import("./lazy.js");',
  '/_astro/facet.js': 'import{f}from"./format.js";export{b as a}from"./labels.js";',
  '/_astro/format.js': 'export const f=1;',
  '/_astro/labels.js': 'export const b=1;',
  '/_astro/site.js': 'export const s=1;',
};
const graph = new Map(
  Object.entries(scripts).map(([path, code]) => [path, staticImports(code, path)]),
);
const page = (head: string) =>
  `<html><head><link rel="stylesheet" href="/_astro/style.css">${head}</head><body></body></html>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;

describe('module preloads', () => {
  it('follow static imports, not dynamic ones', () => {
    expect(staticImports(scripts['/_astro/search.js']!, '/_astro/search.js')).toEqual([
      '/_astro/facet.js',
      '/_astro/format.js',
    ]);
  });

  it('announce every chunk the scripts import, however deep, once, before the first script', () => {
    const html = page(`${script('/_astro/search.js')}${script('/_astro/site.js')}`);
    const preloads = ['facet', 'format', 'labels']
      .map((name) => `<link rel="modulepreload" href="/_astro/${name}.js">`)
      .join('');
    expect(withModulePreloads(html, graph)).toBe(
      page(`${preloads}${script('/_astro/search.js')}${script('/_astro/site.js')}`),
    );
  });

  it('leave a page alone when its scripts import nothing, or when it is already done', () => {
    const bare = page(script('/_astro/site.js'));
    expect(withModulePreloads(bare, graph)).toBe(bare);
    const once = withModulePreloads(page(script('/_astro/search.js')), graph);
    expect(withModulePreloads(once, graph)).toBe(once);
    expect(withModulePreloads(page(''), graph)).toBe(page(''));
  });
});

describe('the module graph', () => {
  const bundle = {
    'a.js': {
      type: 'chunk',
      fileName: '_astro/a.js',
      imports: ['_astro/b.js'],
      dynamicImports: ['_astro/c.js'],
    },
    'x.css': { type: 'asset', fileName: '_astro/x.css' },
  };
  const record = (environment: string) => {
    const graph = new Map<string, string[]>();
    const hook = moduleGraphRecorder(graph, '/').generateBundle as (...args: unknown[]) => void;
    hook.call({ environment: { name: environment } }, {}, bundle);
    return [...graph];
  };

  it('takes each browser chunk’s static imports from the bundler, not its dynamic ones', () => {
    expect(record('client')).toEqual([['/_astro/a.js', ['/_astro/b.js']]]);
  });

  it('ignores the server’s bundles', () => {
    expect(record('ssr')).toEqual([]);
  });
});
