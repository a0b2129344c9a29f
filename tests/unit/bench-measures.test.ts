import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageLoad, referencedResources, total } from '../../scripts/bench/page-weight.ts';

// How the benchmark weighs a page (the build times itself: tests/unit/build-timings.test.ts).

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
    expect(total(resources.filter((r) => r.kind === 'js')).rawBytes).toBe(
      ['page.js', 'shared.js', 'other.js'].reduce(
        (sum, f) => sum + resources.find((r) => r.path.endsWith(f))!.rawBytes,
        0,
      ),
    );
  });
});
