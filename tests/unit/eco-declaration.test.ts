import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../scripts/bench/format.ts';
import { readReference, statedFigures } from '../../scripts/bench/reference.ts';
import { isIsoDate } from '../../src/schemas/common.ts';

// The éco-conception page states the figures `npm run bench -- --update-reference` measured
// (bench/reference.json), all of them and no others.

const page = plainSpaces(readFileSync('content/pages/eco-conception.md', 'utf8'));
const reference = readReference();
const figures = statedFigures(reference);

describe('bench/reference.json', () => {
  it('holds a dated measure of the site', () => {
    expect(isIsoDate(reference.measuredOn)).toBe(true);
    expect(reference.machine).toMatch(
      /^processeur .+, \d+ cœurs, \d+ Go de mémoire, .+, Node\.js \d/,
    );
    expect(reference.methodPage.path).toMatch(/^\/methodes\/[a-z0-9-]+\/$/);
    const counts = [
      reference.methodSheets,
      reference.pages,
      reference.methodPage.requests,
      reference.methodPage.rawBytes,
      reference.methodPage.gzipBytes,
      reference.firstSearch.requests,
      reference.firstSearch.gzipBytes,
    ];
    for (const count of counts)
      expect(Number.isInteger(count) && count > 0, String(count)).toBe(true);
    expect(reference.methodPage.gzipBytes).toBeLessThan(reference.methodPage.rawBytes);
    expect(reference.methodPage.siteWideJsGzipBytes).toBeLessThanOrEqual(
      reference.methodPage.jsGzipBytes,
    );
  });
});

describe('the éco-conception declaration', () => {
  it.each(Object.entries(figures))('states the measured %s (%s)', (_what, text) => {
    expect(page).toContain(text);
  });

  it('states no weight in Ko other than the measured ones', () => {
    const weights = [...page.matchAll(/\d[\d ]*(?:,\d+)? Ko\b/g)].map((m) => m[0]);
    expect(weights.length).toBeGreaterThan(0);
    expect(weights.filter((weight) => !Object.values(figures).includes(weight))).toEqual([]);
  });

  it('states no duration other than the measured ones', () => {
    const durations = [...page.matchAll(/\d+,\d s\b/g)].map((m) => m[0]);
    expect(durations.length).toBeGreaterThan(0);
    expect(durations.filter((duration) => !Object.values(figures).includes(duration))).toEqual([]);
  });

  it('says how to measure again', () => {
    expect(page).toContain('npm run bench');
  });
});
