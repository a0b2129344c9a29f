import { describe, expect, it } from 'vitest';
import { measureInBrowser, slowProfile } from '../../scripts/bench/browser.ts';

// The benchmark's old phone on a slow network (a report, never a timed test): the throttling is
// really applied, and the times and files it gives are of the page and of the results it says.

describe('the browser measures of `npm run bench`', () => {
  it('show a sheet and a first search no sooner than the network allows, with what it fetched', async () => {
    const { profile, method, searches } = await measureInBrowser('dist', '/methodes/personas/', [
      'atelier',
    ]);
    expect(profile).toBe(slowProfile.label);
    // The page cannot paint before its HTML has crossed the network once.
    expect(method.firstPaintMs).toBeGreaterThan(slowProfile.requestLatencyMs);
    expect(method.loadedMs).toBeGreaterThan(slowProfile.requestLatencyMs);
    // The results need the page, then the engine, then the word's index, then the excerpts: four crossings at least.
    const [search] = searches;
    expect(search!.resultsMs).toBeGreaterThan(4 * slowProfile.requestLatencyMs);
    expect(search!.results).toBe(10);
    const paths = search!.files.map((f) => f.path);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.filter((p) => p.endsWith('.pf_fragment'))).toHaveLength(10);
    expect(search!.gzipBytes).toBe(search!.files.reduce((sum, f) => sum + f.gzipBytes, 0));
  });
});
