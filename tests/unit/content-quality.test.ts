import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';

// What the library promises its readers, checked on the real content.

const { entries } = checkContent('content');
const methods = entries.filter((e) => e.collection === 'methodes');
const projects = entries.filter((e) => e.collection === 'projets');
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const numberedSteps = (body: string) => (body.match(/^\d+\.\s/gm) ?? []).length;

describe('method sheets', () => {
  it('are at least 36', () => {
    expect(methods.length).toBeGreaterThanOrEqual(36);
  });

  it.each(methods.map((m) => [m.id, m] as const))(
    '%s has a real body: ≥ 250 words, ≥ 3 numbered steps, ≥ 1 source',
    (_id, method) => {
      expect(words(method.body)).toBeGreaterThanOrEqual(250);
      expect(numberedSteps(method.body)).toBeGreaterThanOrEqual(3);
      expect((method.data.sources as unknown[]).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('have unique titles and summaries', () => {
    const titles = methods.map((m) => String(m.data.titre).toLowerCase());
    const summaries = methods.map((m) => String(m.data.resume).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
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

describe('all content', () => {
  it('holds no placeholder text', () => {
    const placeholder = /\b(TODO|FIXME|TBD|lorem ipsum|à remplir|xxx)\b/i;
    const offenders = entries
      .filter((e) => placeholder.test(`${JSON.stringify(e.data)}\n${e.body}`))
      .map((e) => e.file);
    expect(offenders).toEqual([]);
  });
});
