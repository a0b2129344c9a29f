import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkLinks,
  describeBrokenLinks,
  locateBrokenLinks,
} from '../../src/build/validation/link-check.ts';

/** A tiny built site: path → HTML body. */
function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'tilab-links-'));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), `<!doctype html><html lang="fr"><body>${body}</body></html>`);
  }
  return dist;
}
const origin = 'https://tilab.bzh';

describe('checkLinks', () => {
  it('accepts links to existing pages, anchors, files, the production origin and other sites', () => {
    const dist = site({
      'index.html':
        '<a href="/methodes/">m</a><a href="/methodes/#liste">l</a><a href="https://tilab.bzh/methodes/">abs</a><a href="https://example.org/x">ext</a><a href="#haut">h</a><p id="haut"></p><link rel="alternate" href="/rss.xml">',
      'methodes/index.html': '<h2 id="liste">Liste</h2><a href="../">retour</a>',
      'rss.xml': '<rss/>',
    });
    expect(checkLinks(dist, origin)).toEqual([]);
  });

  it('names the page and the link when the target page does not exist', () => {
    const dist = site({ 'index.html': '<a href="/methodes/persona/">p</a>' });
    expect(checkLinks(dist, origin)).toEqual([
      { page: 'index.html', link: '/methodes/persona/', problem: 'page introuvable' },
    ]);
  });

  it('fails on an anchor missing from the target page', () => {
    const dist = site({
      'index.html': '<a href="/a/#deroule">d</a>',
      'a/index.html': '<h2 id="deroule-1">x</h2>',
    });
    expect(checkLinks(dist, origin)).toEqual([
      {
        page: 'index.html',
        link: '/a/#deroule',
        problem: 'ancre « #deroule » introuvable sur la page',
      },
    ]);
  });

  it('takes « #/… » on the browser editor’s page for its route, not an anchor, but wants the page', () => {
    const dist = site({
      'index.html': '<a href="/admin/#/collections/methodes/entries/entretien">e</a>',
      'admin/index.html': '<main id="nc-root"></main>',
    });
    expect(checkLinks(dist, origin)).toEqual([]);
    const missing = site({ 'index.html': '<a href="/admin/#/collections/x">e</a>' });
    expect(checkLinks(missing, origin)[0]?.problem).toBe('page introuvable');
  });

  it('fails on a link to localhost', () => {
    const dist = site({ 'index.html': '<a href="http://localhost:4321/methodes/">dev</a>' });
    expect(checkLinks(dist, origin)[0]?.problem).toBe('lien vers localhost');
  });

  it('decodes accents in addresses and anchors', () => {
    const dist = site({
      'index.html': '<a href="/a/#d%C3%A9roul%C3%A9">d</a>',
      'a/index.html': '<h2 id="déroulé">x</h2>',
    });
    expect(checkLinks(dist, origin)).toEqual([]);
  });
});

describe('locateBrokenLinks', () => {
  it('reports a broken link at the content line that writes it, with every page it breaks', () => {
    const content = mkdtempSync(join(tmpdir(), 'tilab-content-'));
    mkdirSync(join(content, 'methodes'));
    writeFileSync(
      join(content, 'methodes', 'a.md'),
      '---\ntitre: A\n---\n\nVoir la [fiche](/methodes/persona/).\n',
    );
    const broken = [
      { page: 'methodes/a/index.html', link: '/methodes/persona/', problem: 'page introuvable' },
      {
        page: 'methodes/livret/index.html',
        link: '/methodes/persona/',
        problem: 'page introuvable',
      },
      { page: 'index.html', link: '/ailleurs/', problem: 'page introuvable' },
    ];
    const located = locateBrokenLinks(broken, content, content);
    expect(located).toEqual([
      {
        page: 'methodes/a/index.html, methodes/livret/index.html',
        link: '/methodes/persona/',
        problem: 'page introuvable',
        file: join('methodes', 'a.md'),
        line: 5,
      },
      { page: 'index.html', link: '/ailleurs/', problem: 'page introuvable' },
    ]);
    expect(describeBrokenLinks(located)).toContain(
      'methodes/a.md:5 — lien « /methodes/persona/ » — page introuvable (page methodes/a/index.html, methodes/livret/index.html)',
    );
    expect(describeBrokenLinks(located)).toContain('aucun fichier de contenu ne l’écrit');
  });
});
