import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '../../src/build/module-preload.ts';

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
const read = (path: string) => scripts[path] ?? null;
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
    expect(withModulePreloads(html, read)).toBe(
      page(`${preloads}${script('/_astro/search.js')}${script('/_astro/site.js')}`),
    );
  });

  it('leave a page alone when its scripts import nothing, or when it is already done', () => {
    const bare = page(script('/_astro/site.js'));
    expect(withModulePreloads(bare, read)).toBe(bare);
    const once = withModulePreloads(page(script('/_astro/search.js')), read);
    expect(withModulePreloads(once, read)).toBe(once);
    expect(withModulePreloads(page(''), read)).toBe(page(''));
  });
});
