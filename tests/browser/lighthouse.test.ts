import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../support/static-server.ts';
import { sharedAtelierPage, templatePages } from '../support/template-pages.ts';
import {
  runLighthouse,
  type LighthouseCategory,
  type LighthouseResult,
} from '../support/validators/lighthouse.ts';

// Lighthouse (Google's own audits) in Debian's Chromium, on one page of each template, plus a
// page made wrong on purpose to show it can fail: accessibility, best practices and SEO at 100.
// Performance is a timing, measured by `npm run bench` (a report, not a test), on these pages and
// on « Préparer mon atelier » opened from a shared link (issue 23's target there: 95).
const baseUrl = inject('baseUrl');
const categories: LighthouseCategory[] = ['accessibility', 'best-practices', 'seo'];

let results: LighthouseResult[];
let badPage: LighthouseResult;
let atelier: LighthouseResult;
let fixtures: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  fixtures = await serveStatic(resolve('tests/fixtures/validators'));
  const urls = [
    ...Object.values(templatePages).map((path) => `${baseUrl}${path}`),
    `${fixtures.url}/bad-page/`,
  ];
  const all = await runLighthouse(urls, { categories });
  badPage = all.pop()!;
  results = all;
  atelier = (
    await runLighthouse([`${baseUrl}${sharedAtelierPage}`], {
      categories,
    })
  )[0]!;
}, 600_000);
afterAll(() => fixtures?.close());

const describeFailures = (result: LighthouseResult) =>
  result.failedAudits.map((a) => `${a.category}/${a.id}: ${a.title}`).join('\n');

describe('Lighthouse', () => {
  Object.entries(templatePages).forEach(([template, path], index) => {
    it(`${template} (${path}) : accessibility, best practices and SEO at 100`, () => {
      const result = results[index]!;
      const expected =
        template === 'page introuvable'
          ? // A not-found page says noindex on purpose: the one SEO audit it must fail.
            { accessibility: 100, 'best-practices': 100, seo: result.scores.seo }
          : { accessibility: 100, 'best-practices': 100, seo: 100 };
      expect(result.scores, describeFailures(result)).toEqual(expected);
      if (template === 'page introuvable')
        expect(result.failedAudits.map((a) => a.id)).toEqual(['is-crawlable']);
    });
  });

  it('« Préparer mon atelier » from a shared link: accessibility, best practices and SEO at 100', () => {
    expect(atelier.scores, describeFailures(atelier)).toEqual({
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
  });

  it('fails a page made wrong on purpose, in each of the three categories', () => {
    expect(badPage.scores.accessibility).toBeLessThan(100);
    expect(badPage.scores['best-practices']).toBeLessThan(100);
    expect(badPage.scores.seo).toBeLessThan(100);
    expect(badPage.failedAudits.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'image-alt',
        'html-has-lang',
        'errors-in-console',
        'meta-description',
      ]),
    );
  });
});
