import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimings, recordTimings, timingsFile } from '../../src/build/timings.ts';

describe('build timings file', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tilab-timings-')), 'build-timings.json');

  it('starts anew with the build’s first step, then gathers what each step adds', () => {
    recordTimings({ contentCheckMs: 999 }, true, file);
    recordTimings({ contentCheckMs: 300 }, true, file);
    recordTimings({ renderMs: 1200, pages: 73 }, false, file);
    recordTimings({ pagefindMs: 800 }, false, file);
    expect(readTimings(file)).toEqual({
      contentCheckMs: 300,
      renderMs: 1200,
      pages: 73,
      pagefindMs: 800,
    });
  });

  it('lives beside Astro’s cache unless the bench names it', () => {
    expect(timingsFile({ TILAB_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c/build-timings.json');
    expect(timingsFile({ TILAB_TIMINGS_FILE: '/tmp/t.json' })).toBe('/tmp/t.json');
  });
});
