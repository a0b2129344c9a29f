import { describe, expect, it } from 'vitest';
import { moduleGraphRecorder, preloadsByComponent } from '../../src/build/module-preload.ts';
import { componentFile, modulePreloadsOf } from '../../src/lib/module-preloads.ts';
import { staticImports } from '../support/static-imports.ts';

// The build announces the chunks a component's scripts import, so that the browser fetches them
// together instead of one network round trip per level of imports.

const root = '/site/';
const entry = (
  file: string,
  component: string,
  imports: string[],
  dynamicImports: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName: `_astro/${file}`,
  isEntry: true,
  facadeModuleId: `${root}${component}?astro&type=script&index=0&lang.ts`,
  imports: imports.map((name) => `_astro/${name}`),
  dynamicImports: dynamicImports.map((name) => `_astro/${name}`),
});
const chunk = (file: string, imports: string[]) => ({
  type: 'chunk' as const,
  fileName: `_astro/${file}`,
  isEntry: false,
  facadeModuleId: null,
  imports: imports.map((name) => `_astro/${name}`),
});
const bundle = {
  search: entry(
    'search.js',
    'src/pages/recherche/index.astro',
    ['facet.js', 'format.js'],
    ['lazy.js'],
  ),
  site: entry('site.js', 'src/layouts/BaseLayout.astro', []),
  facet: chunk('facet.js', ['format.js', 'labels.js']),
  format: chunk('format.js', []),
  labels: chunk('labels.js', []),
  lazy: chunk('lazy.js', ['later.js']),
  later: chunk('later.js', []),
  style: { type: 'asset' as const },
};

describe('module preloads', () => {
  const preloads = preloadsByComponent(bundle, root, '/');

  it('follow a component’s static imports however deep, each once, not its dynamic ones', () => {
    expect(preloads.get('src/pages/recherche/index.astro')).toEqual([
      '/_astro/facet.js',
      '/_astro/format.js',
      '/_astro/labels.js',
    ]);
  });

  it('are none for a script that imports nothing', () => {
    expect(preloads.get('src/layouts/BaseLayout.astro')).toEqual([]);
  });

  it('name a component as Astro does, from the project’s root, without a query', () => {
    expect(componentFile('/site/src/pages/recherche/index.astro', root)).toBe(
      'src/pages/recherche/index.astro',
    );
    expect(componentFile('src/pages/recherche/index.astro?astro&type=script', root)).toBe(
      'src/pages/recherche/index.astro',
    );
  });

  it('are announced once per page, even when two components’ scripts share a chunk', () => {
    const record = moduleGraphRecorder(root, '/').generateBundle as (...args: unknown[]) => void;
    record.call(
      { environment: { name: 'client' } },
      {},
      {
        ...bundle,
        filters: entry('filters.js', 'src/components/methods/MethodFilters.astro', ['format.js']),
      },
    );
    const page = {};
    expect(modulePreloadsOf('/site/src/pages/recherche/index.astro', page)).toHaveLength(3);
    expect(modulePreloadsOf('/site/src/components/methods/MethodFilters.astro', page)).toEqual([]);
    expect(modulePreloadsOf('/site/src/components/methods/MethodFilters.astro', {})).toEqual([
      '/_astro/format.js',
    ]);
  });

  it('leave the server’s bundles alone', () => {
    const record = moduleGraphRecorder(root, '/').generateBundle as (...args: unknown[]) => void;
    record.call({ environment: { name: 'client' } }, {}, bundle);
    record.call({ environment: { name: 'ssr' } }, {}, {});
    expect(modulePreloadsOf('/site/src/pages/recherche/index.astro', {})).toHaveLength(3);
  });
});

describe('what a built script imports', () => {
  it('follows static imports, not dynamic ones', () => {
    const code =
      'import{a}from"./facet.js";import"./format.js";const later=()=>import("./lazy.js");';
    expect(staticImports(code, '/_astro/search.js')).toEqual([
      '/_astro/facet.js',
      '/_astro/format.js',
    ]);
  });
});
