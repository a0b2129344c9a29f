import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run check` reports every editor's mistake of a whole folder in one run,
// one line each: `fichier:ligne — champ — problème — attendu : …`, in French.

function runCheck(contentDir: string, command = ['npm', 'run', 'check', '--silent']) {
  const run = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, TILAB_CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run check on a folder full of mistakes', () => {
  let dir: string;
  let result: ReturnType<typeof runCheck>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tilab-bad-'));
    cpSync(resolve('tests/fixtures/bad-content'), dir, { recursive: true });
    // Mistakes git would not keep as they are, made here: CRLF, invalid UTF-8, a heavy image.
    writeFileSync(join(dir, 'methodes/fins-windows.md'), '---\r\ntitre: Fins Windows\r\n---\r\n');
    writeFileSync(
      join(dir, 'methodes/latin1.md'),
      Buffer.from([
        0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x72, 0x65, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d,
        0x2d, 0x0a,
      ]),
    );
    writeFileSync(join(dir, 'pages/petite.png'), Buffer.alloc(100));
    writeFileSync(join(dir, 'pages/lourde.png'), Buffer.alloc(2 * 1024 * 1024 + 1));
    writeFileSync(
      join(dir, 'pages/image-lourde.md'),
      '---\ntitre: Image lourde\ndescription: Une page.\n---\n\n![Une photo de l’atelier](./lourde.png)\n',
    );
    result = runCheck(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero', () => {
    expect(result.status).not.toBe(0);
  });

  const expectations: [file: string, field: string, message: RegExp][] = [
    [
      'methodes/champ-manquant.md:2',
      'difficulte',
      /champ obligatoire manquant — attendu : une de ces valeurs : « decouverte »/,
    ],
    ['methodes/phase-inconnue.md:4', 'phases.0', /valeur inconnue « dormir »/],
    ['methodes/champ-inconnu.md:8', 'dificulte', /champ\(s\) inconnu\(s\) : dificulte/],
    [
      'methodes/reference-cassee.md:14',
      'methodes_liees.0',
      /référence à « inexistante » introuvable dans methodes/,
    ],
    [
      'projets/fin-avant-debut.md:9',
      'partenaires.0',
      /référence à « partenaire-inconnu » introuvable dans partenaires/,
    ],
    ['methodes/doublon.mdx', 'fichier', /identifiant « doublon » en double/],
    [
      'methodes/Mauvais Nom.md',
      'fichier',
      /nom de fichier « Mauvais Nom » non conforme \(suggestion : « mauvais-nom »\)/,
    ],
    ['methodes/yaml-casse.md:2', 'en-tête', /YAML invalide/],
    ['methodes/sans-entete.md:1', 'en-tête', /en-tête YAML absent/],
    ['methodes/date-invalide.md:18', 'derniere_revue', /« 25\/11\/2026 ».*AAAA-MM-JJ/],
    ['methodes/date-inexistante.md:18', 'derniere_revue', /« 2026-02-30 ».*AAAA-MM-JJ/],
    ['methodes/titre-trop-long.md:2', 'titre', /120 caractères au plus/],
    ['methodes/notes.txt', 'fichier', /extension « \.txt » non lue/],
    ['methodes/fins-windows.md:1', 'fichier', /fins de ligne Windows \(CRLF\)/],
    ['methodes/latin1.md', 'fichier', /pas en UTF-8/],
    ['divers/perdu.md', 'fichier', /hors de tout dossier de contenu/],
    ['projets/fin-avant-debut.md:6', 'fin', /année de fin égale ou postérieure/],
    ['projets/objectif-inconnu.md:4', 'objectif', /valeur inconnue « conquerir-le-monde »/],
    ['projets/objectif-inconnu.md:8', 'sources', /au moins une source publique/],
    ['pages/image-absente.md:6', 'image', /image introuvable \(\.\/plan-absent\.png\)/],
    ['pages/image-lourde.md:6', 'image', /image trop lourde \(2\.0 Mo/],
    ['pages/image-sans-alt.md:6', 'image', /image sans texte alternatif/],
    ['pages/img-sans-alt.md:6', 'image', /balise <img> sans texte alternatif/],
    ['pages/titre-saute.md:8', 'contenu', /niveau de titre sauté \(## puis ####\)/],
    ['pages/second-h1.md:6', 'contenu', /titre de niveau 1/],
    ['pages/script.md:6', 'contenu', /balise <script> interdite/],
    ['pages/iframe.md:6', 'contenu', /balise <iframe> interdite/],
    ['pages/style.md:6', 'contenu', /balise <style> interdite/],
    ['pages/attribut-script.md:6', 'contenu', /attribut de script/],
    ['pages/lien-javascript.md:6', 'lien', /lien dangereux/],
    ['pages/lien-encode.md:6', 'lien', /lien dangereux/],
    ['pages/lien-pourcent.md:6', 'lien', /lien dangereux/],
    ['pages/lien-data.md:6', 'lien', /lien dangereux/],
    ['pages/lien-vbscript.md:6', 'lien', /lien dangereux/],
    ['pages/import-interdit.mdx:6', 'contenu', /import non autorisé en MDX/],
    ['pages/export-interdit.mdx:6', 'contenu', /export non autorisé en MDX/],
    [
      'pages/premier-du-mois.md:6',
      'contenu',
      /date écrite « 1 décembre » — attendu : « 1er décembre »/,
    ],
    [
      'pages/guillemets-doubles.md:6',
      'contenu',
      /guillemets « » ouverts à l’intérieur d’une citation déjà entre « » — attendu : .*“…”/,
    ],
    ['pages/lien-colle.md:6', 'lien', /lien collé au mot qui le précède/],
    [
      'projets/annees-contredites.md:15',
      'derniere_annee_documentee',
      /le texte documente l’année 2023, mais les faits du projet s’arrêtent en 2017/,
    ],
    [
      'redirections.yaml:1',
      '/vers-ailleurs',
      /clé invalide — attendu : une adresse du site commençant et finissant par \//,
    ],
    [
      'redirections.yaml:2',
      '/ancienne/',
      /« https:\/\/example\.org\/ ».* — attendu : une adresse du site commençant et finissant par \//,
    ],
  ];

  it('reports each French slip once, and not what is right next to it', () => {
    const lines = (file: string) => result.output.split('\n').filter((l) => l.includes(file));
    // « 21 décembre » and « 1er janvier » are right; so is « “point de collecte” » (line 8).
    expect(lines('pages/premier-du-mois.md')).toHaveLength(1);
    expect(lines('pages/guillemets-doubles.md')).toHaveLength(1);
    // Its text stops at derniere_annee_documentee; a year in code is not prose.
    expect(lines('projets/annees-documentees.md')).toEqual([]);
  });

  it('covers at least 24 kinds of mistakes', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(24);
  });

  it.each(expectations)('reports %s — %s', (file, field, message) => {
    const line = result.output
      .split('\n')
      .find((l) => l.includes(`${file} — ${field} — `) && message.test(l));
    expect(
      line,
      `aucune ligne « ${file} — ${field} — ${message} » dans :\n${result.output}`,
    ).toBeDefined();
    expect(line).toMatch(/ — attendu : /);
  });
});

describe('npm run check on valid edge cases', () => {
  it('accepts accents, apostrophes, long lists, absent optional fields, tables and footnotes without a false alarm', () => {
    // The content part of `npm run check` (its TypeScript part checks code, not content).
    const result = runCheck(resolve('tests/fixtures/edge-content'), [
      'node',
      'scripts/check-content.ts',
    ]);
    expect(result.output).not.toMatch(/ — attendu : /);
    expect(result.output).toContain('Contenu valide : 11 fichiers vérifiés.');
  });
});
