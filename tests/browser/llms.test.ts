import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { paths } from '../../src/lib/urls.ts';

// The built site for AI assistants: /llms.txt read as llmstxt.org describes it, /llms-full.txt,
// and the Markdown copy of every sheet, parcours, case study and lab page.

const dist = 'dist';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const entries = checkContent('content').entries;
const of = (collection: string) => entries.filter((e) => e.collection === collection);
/** Titles compare without the spaces French typography adds (« Comment pourrions-nous… »). */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');
const titleOf = (entry: (typeof entries)[number]) =>
  String((entry.data as { titre: string }).titre);
const sitePath = (url: string) => {
  expect(url.startsWith(siteConfig.adresse_du_site), url).toBe(true);
  return decodeURIComponent(new URL(url).pathname);
};

interface LlmsFile {
  title: string;
  summary: string;
  details: string[];
  sections: { title: string; links: { name: string; url: string; notes?: string }[] }[];
}

/** llms.txt as the format says: an H1, a blockquote, paragraphs, then H2 sections of link lists. */
function parseLlms(text: string): LlmsFile {
  const blocks = text.trim().split(/\n{2,}/);
  const h1 = /^# (.+)$/.exec(blocks.shift() ?? '');
  if (!h1) throw new Error('llms.txt must start with an H1');
  const quote = blocks[0]?.startsWith('> ') ? blocks.shift()! : '';
  const details: string[] = [];
  while (blocks[0] && !blocks[0].startsWith('## ')) {
    if (/^#/.test(blocks[0])) throw new Error(`only H2 sections after the summary: ${blocks[0]}`);
    details.push(blocks.shift()!);
  }
  const sections: LlmsFile['sections'] = [];
  for (const block of blocks) {
    const heading = /^## (.+)$/.exec(block);
    if (heading) {
      sections.push({ title: heading[1]!, links: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) throw new Error(`text before the first section: ${block}`);
    for (const line of block.split('\n')) {
      const item = /^- \[([^\]]+)\]\(([^)\s]+)\)(?:: (.+))?$/.exec(line);
      if (!item) throw new Error(`not a link line « - [name](url): notes »: ${line}`);
      section.links.push({ name: item[1]!, url: item[2]!, notes: item[3] });
    }
  }
  return { title: h1[1]!, summary: quote.replace(/^> /, ''), details, sections };
}

const llms = parseLlms(read(paths.llms));
const linked = llms.sections.flatMap((s) => s.links.map((l) => sitePath(l.url)));

describe('/llms.txt', () => {
  it('has the site’s name, a one-paragraph summary and sections of links, one line each', () => {
    expect(llms.title).toBe(siteConfig.nom);
    expect(llms.summary.length).toBeGreaterThan(40);
    expect(llms.summary).not.toContain('\n');
    expect(llms.sections.map((s) => s.title)).toEqual([
      'Fiches méthodes',
      'Parcours',
      'Supports à imprimer',
      'Études de cas',
      'Le laboratoire',
      'Données ouvertes',
      'Optional',
    ]);
    for (const section of llms.sections)
      for (const link of section.links) expect(link.notes, link.url).toBeTruthy();
  });

  it('links the copy of every sheet, parcours, case study and lab page, every canvas and dataset', () => {
    const expected = [
      ...of('methodes').map((e) => paths.markdownCopy(paths.method(e.id))),
      ...of('parcours').map((e) => paths.markdownCopy(paths.parcours(e.id))),
      ...of('supports').map((e) => paths.methodSupport(e.id)),
      ...of('projets').map((e) => paths.markdownCopy(paths.project(e.id))),
      ...of('pages')
        .filter((e) => e.id !== 'accueil')
        .map((e) => paths.markdownCopy(paths.page(e.id))),
      '/donnees/methodes.json',
      '/donnees/projets.json',
      paths.llmsFull,
    ];
    expect(linked).toEqual(expect.arrayContaining(expected));
    expect(new Set(linked).size, 'each once').toBe(linked.length);
  });

  it('links only files the site has', () => {
    for (const path of linked)
      expect(existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)), path).toBe(
        true,
      );
  });
});

const copies = [
  ...of('methodes').map((e) => ({
    entry: e,
    path: paths.method(e.id),
    steps: true,
    sources: true,
  })),
  ...of('parcours').map((e) => ({
    entry: e,
    path: paths.parcours(e.id),
    steps: true,
    sources: false,
  })),
  ...of('projets').map((e) => ({
    entry: e,
    path: paths.project(e.id),
    steps: false,
    sources: true,
  })),
  ...of('pages')
    .filter((e) => e.id !== 'accueil')
    .map((e) => ({ entry: e, path: paths.page(e.id), steps: false, sources: true })),
];

describe('the Markdown copies', () => {
  it.each(copies.map((c) => [paths.markdownCopy(c.path), c] as const))(
    '%s holds its title, steps and sources, no HTML, and its page links it',
    (copyPath, { entry, path, steps, sources }) => {
      const markdown = read(copyPath);
      expect(plain(/^# (.+)\n/.exec(markdown)?.[1] ?? '')).toBe(plain(titleOf(entry)));
      expect(markdown.match(/^# /gm), 'one title').toHaveLength(1);
      if (steps) expect(markdown, 'steps as a numbered list').toMatch(/^1\. .+\n2\. /m);
      const sourceList = /^## Sources\n\n((?:- .+\n?)+)/m.exec(markdown)?.[1] ?? '';
      const declared = (entry.data as { sources?: { url?: string }[] }).sources ?? [];
      if (sources && declared.length) {
        for (const source of declared.filter((s) => s.url))
          expect(sourceList, source.url).toContain(
            source.url!.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')),
          );
      }
      expect(markdown, 'no HTML').not.toMatch(/<\/?(?:div|span|nav|a|p|ul|li|h\d)\b/);
      expect(read(`${path}index.html`)).toContain(
        `<link rel="alternate" type="text/markdown" href="${paths.markdownCopy(path)}">`,
      );
    },
  );

  it('/llms-full.txt holds every sheet in full', () => {
    const full = read(paths.llmsFull);
    for (const method of of('methodes')) {
      const copy = read(paths.markdownCopy(paths.method(method.id)));
      expect(full, method.id).toContain(copy.trim());
    }
  });
});
