import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../scripts/bench/format.ts';
import { statedFigures, type BenchReport } from '../../scripts/bench/report.ts';

// The éco-conception page states the figures of bench/reference.json (the report of
// `npm run bench -- --update-reference`, the real site alone), all of them and no others.

const page = plainSpaces(readFileSync('content/pages/eco-conception.md', 'utf8'));
const reference = JSON.parse(readFileSync('bench/reference.json', 'utf8')) as BenchReport;
const figures = statedFigures(reference);

describe('bench/reference.json', () => {
  it('is a measure of the real site alone, by the current bench', () => {
    expect(reference.format).toBe('tilab-bench/3');
    expect(reference.content.generatedMethods).toBe(0);
    expect(reference.machine).toMatch(
      /^processeur .+, \d+ cœurs, \d+ Go de mémoire, .+, Node\.js \d/,
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
