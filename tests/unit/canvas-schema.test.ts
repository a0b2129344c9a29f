import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { describeIssue } from '../../src/build/validation/french-issues.ts';
import { canvasGridLimit, canvasPapers, canvasSchema } from '../../src/schemas/canvas.ts';

const validCanvas = {
  titre: 'Carte d’empathie',
  format: 'A3',
  orientation: 'paysage',
  consigne: 'Un post-it par idée.',
  grille: { colonnes: 2, lignes: 2 },
  zones: [
    { titre: 'Dit', consigne: 'Qu’a-t-elle dit ?', colonne: 1, ligne: 1 },
    { titre: 'Fait', consigne: 'Qu’a-t-elle fait ?', colonne: 2, ligne: 1 },
    { titre: 'Attentes', consigne: 'Que cherche-t-elle ?', colonne: 1, ligne: 2, largeur: 2 },
  ],
  sources: [{ titre: 'Source', url: 'https://example.org' }],
};

type Zone = Omit<(typeof validCanvas.zones)[number], 'largeur'> & {
  largeur?: number;
  hauteur?: number;
  [unknownField: string]: unknown;
};
const withZones = (zones: Zone[]) => ({ ...validCanvas, zones });

/** The French problems the schema reports, keyed by field path. */
function frenchProblems(data: Record<string, unknown>) {
  const result = canvasSchema.safeParse(data);
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      describeIssue(issue, valueAt(issue.path)),
    ]),
  );
}

describe('canvas schema', () => {
  it('accepts a canvas whose zones tile the grid, one cell wide and high unless told', () => {
    const canvas = canvasSchema.parse(validCanvas);
    expect(canvas.zones[0]).toMatchObject({ largeur: 1, hauteur: 1 });
    expect(canvas.zones[2]).toMatchObject({ largeur: 2, hauteur: 1 });
  });

  it('lists its own paper first, then the others it declares, each saying if it takes sticky notes', () => {
    const canvas = canvasSchema.parse({
      ...validCanvas,
      autres_formats: [{ format: 'A4', orientation: 'paysage', post_it: false }],
    });
    expect(canvasPapers(canvas)).toEqual([
      { format: 'A3', orientation: 'paysage', post_it: true },
      { format: 'A4', orientation: 'paysage', post_it: false },
    ]);
  });

  it('rejects another paper that repeats one already declared, or says nothing of sticky notes', () => {
    const repeated = frenchProblems({
      ...validCanvas,
      autres_formats: [{ format: 'A3', orientation: 'paysage', post_it: true }],
    });
    expect(repeated['autres_formats.0']?.expected).toBe(
      'un format différent de ceux déjà déclarés (« A3 paysage » l’est déjà)',
    );
    const silent = frenchProblems({
      ...validCanvas,
      autres_formats: [{ format: 'A4', orientation: 'portrait' }],
    });
    expect(Object.keys(silent)).toEqual(['autres_formats.0.post_it']);
  });

  it('rejects two zones on the same cell, naming both in French', () => {
    const problems = frenchProblems(
      withZones([
        validCanvas.zones[0]!,
        { titre: 'Pense', consigne: 'Que pense-t-elle ?', colonne: 1, ligne: 1 },
        validCanvas.zones[2]!,
      ]),
    );
    expect(problems['zones.1.colonne']?.expected).toBe(
      'des zones qui ne se chevauchent pas (« Pense » et « Dit » occupent toutes deux la colonne 1, ligne 1)',
    );
  });

  it('rejects a zone that spills out of the grid, right or down', () => {
    const wide = frenchProblems(
      withZones([validCanvas.zones[0]!, { ...validCanvas.zones[1]!, largeur: 2 }]),
    );
    expect(wide['zones.1.largeur']?.expected).toBe(
      'une zone dans les 2 colonnes de la grille (« Fait » va jusqu’à la colonne 3)',
    );
    const low = frenchProblems(
      withZones([validCanvas.zones[0]!, { ...validCanvas.zones[1]!, ligne: 3 }]),
    );
    expect(low['zones.1.ligne']?.expected).toBe(
      'une zone dans les 2 lignes de la grille (« Fait » va jusqu’à la ligne 3)',
    );
  });

  it('rejects a grid larger than the stylesheet can lay out', () => {
    const problems = frenchProblems({
      ...validCanvas,
      grille: { colonnes: canvasGridLimit + 1, lignes: 2 },
    });
    expect(problems['grille.colonnes']?.expected).toBe(`${canvasGridLimit} colonnes au plus`);
  });

  it('rejects an unknown field, in the canvas or in a zone', () => {
    expect(frenchProblems({ ...validCanvas, auteur: 'X' })['']?.problem).toBe(
      'champ(s) inconnu(s) : auteur',
    );
    const zone = frenchProblems(
      withZones([{ ...validCanvas.zones[0]!, couleur: 'jaune' }, validCanvas.zones[1]!]),
    );
    expect(zone['zones.0']?.problem).toBe('champ(s) inconnu(s) : couleur');
  });

  it('lists the paper formats and orientations it knows', () => {
    const problems = frenchProblems({ ...validCanvas, format: 'A2', orientation: 'italienne' });
    expect(problems.format?.expected).toBe('une de ces valeurs : « A4 », « A3 »');
    expect(problems.orientation?.expected).toBe('une de ces valeurs : « portrait », « paysage »');
  });
});

describe('a canvas in the content', () => {
  it('must have the name of an existing sheet, or npm run check says so in French', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilab-canvas-'));
    try {
      cpSync('content', dir, { recursive: true });
      const yaml = readFileSync('content/supports/carte-d-empathie.yaml', 'utf8');
      writeFileSync(join(dir, 'supports', 'carte-empathie.yaml'), yaml);
      const problems = checkContent(dir).problems.map(
        (p) =>
          `${p.file.split('/').slice(-2).join('/')}:${p.line} ${p.field} — ${p.problem} — ${p.expected}`,
      );
      expect(problems).toEqual([
        'supports/carte-empathie.yaml:1 fichier — aucune fiche « carte-empathie » dans content/methodes/ : ce fichier ne se rattache à rien — le nom d’une fiche existante : content/supports/<nom>.yaml accompagne content/methodes/<nom>.md',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

describe('src/styles/canvas.css', () => {
  it('places zones on every grid the schema accepts', () => {
    const css = readFileSync('src/styles/canvas.css', 'utf8');
    const attributes = ['colonnes', 'lignes', 'colonne', 'ligne', 'largeur', 'hauteur'];
    const missing = attributes.flatMap((attribute) =>
      Array.from({ length: canvasGridLimit }, (_v, i) => `[data-${attribute}='${i + 1}']`).filter(
        (selector) => !css.includes(selector),
      ),
    );
    expect(missing).toEqual([]);
  });
});
