import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { frenchPunctuation } from '../../src/lib/french-punctuation.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { paths } from '../../src/lib/urls.ts';

// What an AI assistant reads (llmstxt.org): /llms.txt, /llms-full.txt and each page's Markdown copy, in dist/.

const dist = 'dist';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const { entries } = checkContent('content');
const methods = entries.filter((e) => e.collection === 'methodes');
const ofCollection = (name: string) => entries.filter((e) => e.collection === name);
const site = siteConfig.adresse_du_site;

/** llms.txt as the format defines it: an H1, a blockquote, then H2 sections of « - [name](url): note ». */
function parseLlmsTxt(text: string) {
  const lines = text.split('\n');
  const title = /^# (.+)$/.exec(lines[0] ?? '')?.[1];
  const summary = lines.find((line) => line.startsWith('> '))?.slice(2);
  const sections = new Map<string, { name: string; url: string; note: string }[]>();
  let current: string | undefined;
  const strays: string[] = [];
  for (const line of lines.slice(1)) {
    const heading = /^## (.+)$/.exec(line)?.[1];
    if (heading) sections.set((current = heading), []);
    else if (current && line.trim()) {
      const link = /^- \[([^\]]+)\]\(([^)\s]+)\)(?:: (.+))?$/.exec(line);
      if (link) sections.get(current)!.push({ name: link[1]!, url: link[2]!, note: link[3] ?? '' });
      else strays.push(line);
    } else if (!current && line.trim() && !line.startsWith('> ')) strays.push(line);
  }
  return { title, summary, sections, strays };
}

const inDist = (url: string) => {
  const path = new URL(url).pathname;
  return existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
};

describe('llms.txt', () => {
  const parsed = parseLlmsTxt(read(paths.llmsIndex));

  it('follows the format: a title, a summary, sections of links with one line each', () => {
    expect(parsed.title).toContain(siteConfig.nom);
    expect(parsed.summary?.length).toBeGreaterThan(100);
    expect(parsed.strays).toEqual([]);
    expect([...parsed.sections.keys()]).toEqual([
      'Fiches de méthode',
      'Parcours',
      'Supports à imprimer',
      'Projets',
      'Le laboratoire et le site',
      'Données ouvertes',
      'Optional',
    ]);
    for (const links of parsed.sections.values())
      for (const link of links) expect(link.note, link.url).not.toBe('');
  });

  it('links every sheet, parcours, canvas and case study, each to a file of the site', () => {
    const urls = (section: string) =>
      parsed.sections
        .get(section)!
        .map((l) => l.url)
        .sort();
    const expected = (collection: string, path: (id: string) => string) =>
      ofCollection(collection)
        .map((e) => `${site}${path(e.id)}`)
        .sort();
    expect(urls('Fiches de méthode')).toEqual(
      expected('methodes', (id) => paths.markdownCopy(paths.method(id))),
    );
    expect(urls('Parcours')).toEqual(
      expected('parcours', (id) => paths.markdownCopy(paths.parcours(id))),
    );
    expect(urls('Supports à imprimer')).toEqual(expected('supports', paths.methodCanvas));
    expect(urls('Projets')).toEqual(
      expected('projets', (id) => paths.markdownCopy(paths.project(id))),
    );
    const all = [...parsed.sections.values()].flat();
    expect(all.filter((l) => !l.url.startsWith(site) || !inDist(l.url)).map((l) => l.url)).toEqual(
      [],
    );
  });
});

describe('the Markdown copy of a sheet', () => {
  it.each(methods.map((s) => s.id))(
    '%s holds its title, facts, numbered steps and sources',
    (id) => {
      const method = methods.find((s) => s.id === id)!;
      const data = method.data as { titre: string; sources: { url: string }[] };
      const copy = read(paths.markdownCopy(paths.method(id)));
      expect(copy.split('\n')[0]).toBe(`# ${frenchPunctuation(data.titre)}`);
      expect(copy).toMatch(/^- Durée\u202F: /m);
      expect(copy).toMatch(/^1\. /m);
      expect(copy).toMatch(/^## Sources$/m);
      for (const source of data.sources) expect(copy).toContain(`](${source.url})`);
      expect(copy).not.toMatch(/<(nav|header|footer|div)\b/);
    },
  );

  it('is announced by its page, and gathered in llms-full.txt', () => {
    const page = read(`${paths.method('personas')}index.html`);
    expect(page).toContain(
      '<link rel="alternate" type="text/markdown" href="/methodes/personas.md">',
    );
    const full = read(paths.llmsFull);
    expect(
      methods.filter(
        (s) => !full.includes(`# ${frenchPunctuation((s.data as { titre: string }).titre)}\n`),
      ),
    ).toEqual([]);
  });
});

describe('the Markdown copies of parcours, case studies and lab pages', () => {
  it('exist for each, with its title first', () => {
    const copies = [
      ...ofCollection('parcours').map(
        (e) => [paths.markdownCopy(paths.parcours(e.id)), e] as const,
      ),
      ...ofCollection('projets').map((e) => [paths.markdownCopy(paths.project(e.id)), e] as const),
    ];
    for (const [path, entry] of copies)
      expect(read(path).split('\n')[0], path).toBe(
        `# ${frenchPunctuation((entry.data as { titre: string }).titre)}`,
      );
    expect(read('/le-ti-lab.md')).toMatch(/^# Le Ti Lab\n/);
  });
});
