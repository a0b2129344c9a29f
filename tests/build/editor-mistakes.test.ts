import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

// Each editor's mistake must fail `npm run build`, naming the file and the field in French.

let site: ReturnType<typeof copyFixtureSite>;
afterEach(() => site?.remove());

describe('npm run build on the fixture site', () => {
  it('builds the valid fixture site, every entry included', () => {
    site = copyFixtureSite();
    const result = buildSite(site.dir);
    expect(result.status, result.output).toBe(0);
    for (const page of [
      'methodes/entretien',
      'methodes/observation',
      'parcours/comprendre',
      'projets/projet-essai',
    ]) {
      expect(existsSync(join(result.outDir, page, 'index.html')), page).toBe(true);
    }
    // The Markdown workers start with the configuration, before Astro reads the content (on one core there are none).
    if (availableParallelism() > 1) {
      const started = result.output.indexOf('fils de rendu Markdown démarrés');
      expect(started, result.output).toBeGreaterThan(-1);
      expect(started).toBeLessThan(result.output.indexOf('Syncing content'));
    }
    // Related methods show both ways: observation lists nothing, but entretien points to it.
    expect(readFileSync(join(result.outDir, 'methodes/observation/index.html'), 'utf8')).toContain(
      '/methodes/entretien/',
    );
    // « Proposer une modification » points to the file on the forge (repository set in the fixture's site.yaml).
    expect(readFileSync(join(result.outDir, 'methodes/entretien/index.html'), 'utf8')).toContain(
      'href="https://forge.example.org/tilab/site/edit/main/content/methodes/entretien.md"',
    );
    // An entry flagged `exemple: true` says so plainly, on its page and in lists.
    expect(readFileSync(join(result.outDir, 'projets/projet-essai/index.html'), 'utf8')).toContain(
      'class="notice-example"',
    );
    expect(readFileSync(join(result.outDir, 'partenaires/index.html'), 'utf8')).toContain(
      'badge--example',
    );
    // A maintainer's MDX page goes through the same Markdown pipeline: French punctuation, GFM tables, expressions.
    const mdx = readFileSync(join(result.outDir, 'essai-mdx/index.html'), 'utf8');
    expect(mdx).toContain('L’essai\u202F: une page MDX');
    expect(mdx).toMatch(/<table>[\s\S]*<td>2<\/td>/);
  });

  const mistakes: {
    name: string;
    apply: (s: typeof site) => void;
    file: string;
    message: RegExp;
  }[] = [
    {
      name: 'a missing required field',
      apply: (s) => s.edit('methodes/entretien.md', (t) => t.replace(/^difficulte: .*\n/m, '')),
      file: 'methodes/entretien.md',
      message: /difficulte — champ obligatoire manquant/,
    },
    {
      name: 'a value outside its list',
      apply: (s) =>
        s.edit('methodes/entretien.md', (t) =>
          t.replace('difficulte: decouverte', 'difficulte: facile'),
        ),
      file: 'methodes/entretien.md:7',
      message:
        /difficulte — valeur inconnue « facile » — attendu : une de ces valeurs : « decouverte »/,
    },
    {
      name: 'a reference to a method that does not exist',
      apply: (s) =>
        s.edit('parcours/comprendre.md', (t) =>
          t.replace('methode: entretien', 'methode: entretien-usager'),
        ),
      file: 'parcours/comprendre.md',
      message: /etapes\.1\.methode — référence à « entretien-usager » introuvable dans methodes/,
    },
    {
      name: 'two files giving the same id (cold cache)',
      apply: (s) =>
        s.write(
          'methodes/entretien.mdx',
          readFileSync(join(s.dir, 'methodes/entretien.md'), 'utf8'),
        ),
      file: 'methodes/entretien.mdx',
      message: /identifiant « entretien » en double/,
    },
    {
      name: 'a badly named file',
      apply: (s) =>
        s.write(
          'methodes/Carte d’Empathie.md',
          readFileSync(join(s.dir, 'methodes/observation.md'), 'utf8'),
        ),
      file: 'methodes/Carte d’Empathie.md',
      message:
        /fichier — nom de fichier « Carte d’Empathie » non conforme \(suggestion : « carte-d-empathie »\)/,
    },
    {
      name: 'broken YAML',
      apply: (s) =>
        s.edit('methodes/observation.md', (t) =>
          t.replace('titre: Observation', 'titre: Observation : le terrain'),
        ),
      file: 'methodes/observation.md:2',
      message: /en-tête — YAML invalide/,
    },
    {
      name: 'a link to a page that does not exist (link checker)',
      apply: (s) =>
        s.edit(
          'projets/projet-essai.md',
          (t) => `${t}\nVoir [la fiche](/methodes/inexistante/).\n`,
        ),
      file: 'projets/projet-essai.md:',
      message:
        /lien « \/methodes\/inexistante\/ » — page introuvable \(page projets\/projet-essai\/index.html\)/,
    },
    {
      name: 'a link to a missing anchor (link checker)',
      apply: (s) =>
        s.edit(
          'projets/projet-essai.md',
          (t) => `${t}\nVoir [le déroulé](/methodes/entretien/#nulle-part).\n`,
        ),
      file: 'projets/projet-essai.md:',
      message: /ancre « #nulle-part » introuvable/,
    },
    {
      name: 'a redirection to a page that does not exist',
      apply: (s) => s.write('redirections.yaml', '/methodes/ancienne/: /methodes/inexistante/\n'),
      file: 'redirections.yaml:1',
      message:
        /lien « \/methodes\/inexistante\/ » — page introuvable \(page methodes\/ancienne\/index.html\)/,
    },
  ];

  for (const mistake of mistakes) {
    it(`fails on ${mistake.name}, naming the file and the field`, () => {
      site = copyFixtureSite();
      mistake.apply(site);
      const result = buildSite(site.dir);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(mistake.file);
      expect(result.output).toMatch(mistake.message);
    });
  }
});
