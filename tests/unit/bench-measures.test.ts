import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  pageLoad,
  referencedResources,
  staticImports,
  total,
} from '../../scripts/bench/page-weight.ts';
import { buildPhases } from '../../scripts/bench/phases.ts';

// How the benchmark splits the build's time and weighs a page.

describe('build phases', () => {
  // Arrival times (ms) of the lines `astro build` prints, as the benchmark records them.
  const lines = [
    [900, '22:21:29 [tilab:content-guard] contenu valide (83 fichiers)'],
    [1000, '22:21:30 [content] Syncing content'],
    [2500, '22:21:31 [content] Synced content'],
    [2600, '22:21:31 [types] Generated 2.54s'],
    [3900, '22:21:32 [tilab:markdown] 60 fichiers Markdown rendus en 1200 ms sur 2 fils'],
    [4000, ' generating static routes '],
    [4100, '22:21:33   ├─ /methodes/personas/index.html (+5ms) '],
    [6000, '22:21:33 ✓ Completed in 643ms.'],
    [6010, '22:21:33 [build] ✓ Completed in 1.44s.'],
    [6010, '22:21:33 [build] 66 page(s) built in 5.05s'],
    [7000, '[tilab:pagefind] index de recherche : 66 pages en 460 ms'],
    [7100, '[tilab:link-check] liens internes et ancres : tous valides (90 ms)'],
  ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

  it('are the spans between Astro’s log lines, Pagefind timing itself', () => {
    expect(buildPhases(lines, 7200)).toEqual({
      startupMs: 900,
      prepareMs: 100,
      contentSyncMs: 1500,
      markdownMs: 1200,
      markdownFiles: 60,
      markdownThreads: 2,
      bundleMs: 1500,
      renderMs: 2000,
      afterRenderMs: 540,
      pagefindMs: 460,
      linkCheckMs: 90,
      finishMs: 100,
      pages: 66,
      indexedPages: 66,
    });
  });

  it('are unknown, not zero, when a line is missing', () => {
    const phases = buildPhases(
      lines.filter((l) => !l.text.includes('Synced') && !l.text.includes('tilab:markdown')),
      7200,
    );
    expect(phases.contentSyncMs).toBeNull();
    expect(phases.markdownMs).toBeNull();
    expect(phases.bundleMs).toBeNull();
    expect(phases.renderMs).toBe(2000);
  });
});

describe('page weight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'tilab-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  const css = `body { color: black; }\n${'.a { margin: 0 }\n'.repeat(40)}`;
  write('/_astro/site.css', css);
  write(
    '/_astro/page.js',
    'import"./shared.js";import{a as b}from"./other.js";const later=()=>import("./lazy.js");',
  );
  write('/_astro/shared.js', 'export const s=1;');
  write('/_astro/other.js', 'export{x as a}from"./shared.js";');
  write('/_astro/lazy.js', 'export const never=1;');
  write('/favicon.svg', '<svg/>');
  const html =
    '<!doctype html><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><h1>Fiche</h1>';
  write('/methodes/une/index.html', html);

  it('finds stylesheets, scripts and the icon in the HTML', () => {
    expect(referencedResources(html)).toEqual([
      { path: '/favicon.svg', kind: 'icon' },
      { path: '/_astro/site.css', kind: 'css' },
      { path: '/_astro/page.js', kind: 'js' },
    ]);
  });

  it('follows static imports, not dynamic ones', () => {
    expect(
      staticImports(
        'import"./shared.js";import{a as b}from"./other.js";import("./lazy.js")',
        '/_astro/page.js',
      ),
    ).toEqual(['/_astro/shared.js', '/_astro/other.js']);
  });

  it('counts each file once, raw and as nginx compresses it (text of 256 bytes or more)', () => {
    const resources = pageLoad(dist, '/methodes/une/');
    expect(resources.map((r) => r.path)).toEqual([
      '/methodes/une/',
      '/favicon.svg',
      '/_astro/site.css',
      '/_astro/page.js',
      '/_astro/shared.js',
      '/_astro/other.js',
    ]);
    const stylesheet = resources.find((r) => r.kind === 'css')!;
    expect(stylesheet.rawBytes).toBe(css.length);
    expect(stylesheet.gzipBytes).toBe(gzipSync(css, { level: 6 }).length);
    expect(resources.find((r) => r.path === '/methodes/une/')!.gzipBytes).toBe(html.length); // under 256 bytes: sent as it is
    expect(total(resources, ['js']).rawBytes).toBe(
      ['page.js', 'shared.js', 'other.js'].reduce(
        (sum, f) => sum + resources.find((r) => r.path.endsWith(f))!.rawBytes,
        0,
      ),
    );
  });
});
