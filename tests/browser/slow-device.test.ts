import { describe, expect, it } from 'vitest';
import { slowDeviceTimings, slowProfile } from '../../scripts/bench/slow-device.ts';

// The benchmark's old phone on a slow network (a report, never a timed test): the throttling is
// really applied, and the times it gives are of the page and of the results it says.

describe('the simulated slow device of `npm run bench`', () => {
  it('shows a sheet and a first search no sooner than the network allows', async () => {
    const slow = await slowDeviceTimings('dist', '/methodes/personas/', 'atelier');
    expect(slow.profile).toBe(slowProfile.label);
    // The page cannot paint before its HTML has crossed the network once.
    expect(slow.sheet.firstPaintMs).toBeGreaterThan(slowProfile.requestLatencyMs);
    expect(slow.sheet.loadedMs).toBeGreaterThan(slowProfile.requestLatencyMs);
    // The results need the page, then the engine, then the word's index, then the excerpts: four crossings at least.
    expect(slow.search.resultsMs).toBeGreaterThan(4 * slowProfile.requestLatencyMs);
    expect(slow.search.results).toBe(10);
  });
});
