import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readRealContent,
  syntheticEntries,
  syntheticMethodId,
  writeBenchContent,
} from '../../scripts/bench/generate.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { checkContent } from '../../src/build/validation/check-content.ts';

// The benchmark's synthetic content: deterministic, and valid for the real schemas and checks.

const real = readRealContent(contentRoot());
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const numberedSteps = (body: string) => (body.match(/^\d+\.\s/gm) ?? []).length;

describe('the synthetic content generator', () => {
  it('writes the same files for the same N', () => {
    expect(syntheticEntries(40, real)).toEqual(syntheticEntries(40, real));
  });

  it('writes N method sheets and N/5 case studies, a smaller N giving the first of a larger one', () => {
    const large = syntheticEntries(40, real);
    const small = syntheticEntries(20, real);
    expect(large.filter((f) => f.path.startsWith('methodes/'))).toHaveLength(40);
    expect(large.filter((f) => f.path.startsWith('projets/'))).toHaveLength(8);
    for (const file of small) expect(large).toContainEqual(file);
  });

  it('draws different sheets from different numbers', () => {
    const texts = syntheticEntries(40, real).map((f) => f.text.replace(/\d{5}/g, ''));
    expect(new Set(texts).size).toBe(texts.length);
  });

  describe('added to a copy of the real content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilab-bench-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeBenchContent(contentRoot(), dir, 40);
    const { problems, entries } = checkContent(dir);
    const synthetic = entries.filter((e) => /-synthetique-/.test(e.id));

    it('passes every schema and cross-check of npm run check', () => {
      expect(problems.map((p) => `${p.file} ${p.field} ${p.problem}`)).toEqual([]);
      expect(synthetic).toHaveLength(48);
    });

    it('has sheets like the real ones: ≈ 300 words, numbered steps, https sources, unique titles', () => {
      const methods = synthetic.filter((e) => e.collection === 'methodes');
      for (const method of methods) {
        expect(words(method.body), method.id).toBeGreaterThanOrEqual(250);
        expect(words(method.body), method.id).toBeLessThanOrEqual(400);
        expect(numberedSteps(method.body), method.id).toBeGreaterThanOrEqual(3);
        expect(
          (method.data.sources as { url: string }[]).every((s) => s.url.startsWith('https://')),
          method.id,
        ).toBe(true);
      }
      const titles = methods.map((m) => m.data.titre);
      expect(new Set(titles).size).toBe(titles.length);
    });

    it('never lists a real sheet as related, so that real sheets keep their weight', () => {
      const related = synthetic.flatMap((e) =>
        ((e.data.methodes_liees ?? e.data.methodes ?? []) as { id: string }[]).map((r) => r.id),
      );
      expect(related.length).toBeGreaterThan(0);
      expect(
        related.every((id) => /^fiche-synthetique-\d{5}$/.test(id) && id <= syntheticMethodId(40)),
      ).toBe(true);
    });
  });
});
