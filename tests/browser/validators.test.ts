import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, inject, it } from 'vitest';
import { readGitDates } from '../../src/lib/git-dates.ts';
import { objectives } from '../../src/vocabulary/objectives.ts';
import { checkHtml } from '../support/validators/html-checker.ts';
import { feedProblems } from '../support/validators/feed.ts';
import { datasetProblems } from '../support/validators/open-data.ts';
import { sitemapSchemaFor, xmlProblems } from '../support/validators/xml-check.ts';

// Judges we did not write, over the built site: the W3C Nu HTML Checker, a feed parser made for
// feed readers, libxml2 with the sitemaps.org schemas, Ajv with the schemas the site publishes.
// tests/unit/validators.test.ts shows each of them refusing something made wrong on purpose.
const baseUrl = inject('baseUrl');
const dist = resolve('dist');
const builtFiles = readdirSync(dist, { recursive: true }).map(String);

describe('the built site, judged by validators we did not write', () => {
  it('every built page passes the Nu HTML Checker without error (warnings listed)', async () => {
    const pages = builtFiles
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${baseUrl}/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(pages.length).toBeGreaterThan(50);
    const messages = await checkHtml(pages);
    const show = (type: 'error' | 'warning') =>
      messages
        .filter((m) => m.type === type)
        .map((m) => `${m.url.replace(baseUrl, '')}:${m.line ?? '?'} ${m.message}`);
    const warnings = show('warning');
    console.log(
      `Nu HTML Checker : ${pages.length} pages, ${warnings.length} avertissement(s)${warnings.length ? ` :\n  ${warnings.join('\n  ')}` : ''}`,
    );
    expect(show('error')).toEqual([]);
  }, 180_000);

  it('the RSS feed gives a feed reader each item’s title, link, summary, date and category label', () => {
    const xml = readFileSync(join(dist, 'projets/rss.xml'), 'utf8');
    expect(xmlProblems(join(dist, 'projets/rss.xml'))).toEqual([]);
    expect(feedProblems(xml, { categoryLabels: objectives.map((o) => o.label) })).toEqual([]);
  });

  it('each item’s date is when its case study first came into the repository', () => {
    const git = readGitDates();
    expect(
      git.complete,
      'historique git incomplet (clone superficiel) : lancez « git fetch --unshallow » pour des dates de publication vraies',
    ).toBe(true);
    const items = parseFeed(readFileSync(join(dist, 'projets/rss.xml'), 'utf8')).items;
    const projectFiles = readdirSync('content/projets').filter((f) => /\.mdx?$/.test(f));
    expect(items).toHaveLength(projectFiles.length);
    for (const file of projectFiles) {
      const id = file.replace(/\.mdx?$/, '');
      const item = items.find((i) => i.url?.endsWith(`/projets/${id}/`));
      const first = git.firstCommits.get(`content/projets/${file}`);
      expect(item?.published?.toISOString(), id).toBe(first && new Date(first).toISOString());
    }
    // Newest first, as readers expect when they do not sort.
    const times = items.map((i) => i.published!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('every sitemap is well-formed and valid for the sitemaps.org protocol', () => {
    const sitemaps = builtFiles.filter((file) => /^sitemap[-\w]*\.xml$/.test(file));
    expect(sitemaps).toEqual(expect.arrayContaining(['sitemap-index.xml', 'sitemap-0.xml']));
    for (const file of sitemaps) {
      const schema = sitemapSchemaFor(readFileSync(join(dist, file), 'utf8'));
      expect(schema, `${file} : ni <urlset> ni <sitemapindex>`).toBeDefined();
      expect(xmlProblems(join(dist, file), schema), file).toEqual([]);
    }
  });

  it('every /donnees/*.json record is valid against the JSON Schema its file publishes (Ajv)', () => {
    const datasets = readdirSync(join(dist, 'donnees')).filter((f) => f.endsWith('.json'));
    expect(datasets.sort()).toEqual([
      'methodes.json',
      'partenaires.json',
      'projets.json',
      'supports.json',
    ]);
    for (const file of datasets) {
      const document = JSON.parse(readFileSync(join(dist, 'donnees', file), 'utf8'));
      expect(document.donnees.length, file).toBeGreaterThan(0);
      expect(datasetProblems(document), file).toEqual([]);
    }
  });
});
