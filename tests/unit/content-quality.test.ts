import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';

// What the library promises its readers, checked on the real content.

const { entries } = checkContent('content');
const methods = entries.filter((e) => e.collection === 'methodes');
const projects = entries.filter((e) => e.collection === 'projets');

describe('method sheets', () => {
  it('are at least 36', () => {
    expect(methods.length).toBeGreaterThanOrEqual(36);
  });

  // Each sheet's own rules (words, steps, unique title) run in npm run check: see editorial-rules.ts.
});

describe('case studies', () => {
  it('are the documented projects, each with a public source address', () => {
    expect(projects.length).toBeGreaterThanOrEqual(6);
    for (const project of projects) {
      const sources = project.data.sources as { url?: string }[];
      expect(
        sources.some((s) => s.url?.startsWith('http')),
        project.id,
      ).toBe(true);
    }
  });
});
