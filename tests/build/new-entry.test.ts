import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

// `npm run new` writes files that pass `npm run check` and build.

let site: ReturnType<typeof copyFixtureSite>;
const npmNew = (...args: string[]) =>
  spawnSync('npm', ['run', 'new', '--silent', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TILAB_CONTENT_DIR: site.dir },
  });

beforeAll(() => {
  site = copyFixtureSite();
});
afterAll(() => site.remove());

describe('npm run new', () => {
  it('creates a correctly named file for each kind, from its template', () => {
    for (const [kind, title, path] of [
      ['methode', 'Carte d’empathie à l’École', 'methodes/carte-d-empathie-a-l-ecole.md'],
      ['projet', 'Un projet : « essai »', 'projets/un-projet-essai.md'],
      ['partenaire', 'Université de Bretagne', 'partenaires/universite-de-bretagne.yaml'],
      ['parcours', 'Je démarre un projet', 'parcours/je-demarre-un-projet.md'],
      ['support', 'Entretien', 'supports/entretien.yaml'],
    ] as const) {
      const run = npmNew(kind, title);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Créé : `);
      expect(run.stdout).toContain('npm run check');
      expect(existsSync(join(site.dir, path)), path).toBe(true);
    }
    expect(
      readFileSync(join(site.dir, 'methodes/carte-d-empathie-a-l-ecole.md'), 'utf8'),
    ).toContain('titre: "Carte d’empathie à l’École"');
  });

  it('refuses to overwrite an existing file', () => {
    const before = readFileSync(join(site.dir, 'methodes/entretien.md'), 'utf8');
    const run = npmNew('methode', 'Entretien');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('existe déjà');
    expect(readFileSync(join(site.dir, 'methodes/entretien.md'), 'utf8')).toBe(before);
  });

  it('explains its usage when the kind is unknown', () => {
    const run = npmNew('recette', 'Crêpes');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Types : methode, parcours, projet, partenaire, support');
  });

  it('writes files that pass the check (with « à compléter » warnings) and build', () => {
    const check = spawnSync('node', ['scripts/check-content.ts'], {
      encoding: 'utf8',
      env: { ...process.env, TILAB_CONTENT_DIR: site.dir },
    });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toContain('texte encore à compléter');
    const build = buildSite(site.dir);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'methodes/carte-d-empathie-a-l-ecole/index.html'))).toBe(
      true,
    );
    expect(existsSync(join(build.outDir, 'parcours/je-demarre-un-projet/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'methodes/entretien/support/index.html'))).toBe(true);
  });
});
