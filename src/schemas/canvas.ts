import { z } from 'astro/zod';
import {
  orientationIds,
  orientations,
  paperFormatIds,
  paperName,
  type CanvasPaper,
} from '../vocabulary/paper.ts';
import { frenchSourceRule, text, title, atelierSources } from './common.ts';
import { optionLabels } from './option-labels.ts';

/** Largest number of columns or rows of a canvas grid: src/styles/canvas.css places zones up to it. */
export const canvasGridLimit = 8;

/** A whole number from 1 to the grid limit. */
const gridNumber = (what: string) =>
  z
    .number({ error: `attendu : un nombre entier de ${what}, de 1 à ${canvasGridLimit}` })
    .int({ error: `attendu : un nombre entier de ${what}, de 1 à ${canvasGridLimit}` })
    .min(1, { error: `attendu : au moins 1 (${what})` })
    .max(canvasGridLimit, { error: `attendu : ${canvasGridLimit} ${what} au plus` });

/** Largest number of sheets a canvas prints on: a method that needs more room is split, not shrunk. */
export const canvasSheetLimit = 2;
/** Step columns a zone may draw: each stays wide enough for a 76 mm sticky note on A3. */
const stepColumnLimit = 6;

/** A heading and a question, for a ring of a stakeholder map or a quadrant of a 2×2 grid. */
const part = z.strictObject({
  titre: title()
    .max(50, { error: 'attendu : un titre de 50 caractères au plus' })
    .describe('Titre du cercle ou du quadrant, imprimé en gras.'),
  consigne: text()
    .max(160, { error: 'attendu : une consigne de 160 caractères au plus' })
    .describe('Question imprimée sous ce titre.'),
});

/**
 * A guide drawn in a zone where the method has one: step (or time) columns, concentric circles, or
 * two axes crossing a 2×2 grid. One kind per zone.
 */
const guide = z
  .strictObject({
    colonnes: z
      .number({ error: `attendu : un nombre entier de colonnes, de 2 à ${stepColumnLimit}` })
      .int({ error: `attendu : un nombre entier de colonnes, de 2 à ${stepColumnLimit}` })
      .min(2, { error: 'attendu : au moins 2 colonnes' })
      .max(stepColumnLimit, { error: `attendu : ${stepColumnLimit} colonnes au plus` })
      .optional()
      .describe(
        'Colonnes tracées dans la zone, une par étape ou par période, numérotées pour qu’elles s’alignent d’une feuille à l’autre.',
      ),
    ligne_neutre: z
      .boolean({ error: 'attendu : true ou false' })
      .optional()
      .describe(
        'Avec des colonnes : une ligne horizontale au milieu, au-dessus et au-dessous de laquelle on trace une courbe (émotions).',
      ),
    cercles: z
      .array(part)
      .min(2, { error: 'attendu : au moins deux cercles' })
      .max(4, { error: 'attendu : quatre cercles au plus' })
      .optional()
      .describe(
        'Cercles concentriques, du centre vers l’extérieur, chacun avec son titre et sa question.',
      ),
    axes: z
      .strictObject({
        vertical: title().describe('Ce que mesure l’axe vertical (en haut, le plus).'),
        horizontal: title().describe('Ce que mesure l’axe horizontal (à droite, le plus).'),
      })
      .optional()
      .describe('Deux axes qui se croisent au milieu d’une grille de 2 × 2 cases.'),
    cases: z
      .array(part)
      .length(4, {
        error:
          'attendu : quatre cases (en haut à gauche, en haut à droite, en bas à gauche, en bas à droite)',
      })
      .optional()
      .describe(
        'Avec des axes : les quatre cases, en haut à gauche, en haut à droite, en bas à gauche, en bas à droite.',
      ),
  })
  .superRefine((drawn, ctx) => {
    const kinds = [drawn.colonnes, drawn.cercles, drawn.axes].filter((k) => k !== undefined);
    if (kinds.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'attendu : un seul repère par zone, colonnes, cercles ou axes',
      });
    if (drawn.ligne_neutre !== undefined && drawn.colonnes === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['ligne_neutre'],
        message: 'attendu : une ligne neutre seulement avec des colonnes',
      });
    if ((drawn.axes === undefined) !== (drawn.cases === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [drawn.axes === undefined ? 'cases' : 'axes'],
        message: 'attendu : des axes et leurs quatre cases, ensemble',
      });
  });

export type CanvasGuide = z.infer<typeof guide>;

/** One zone of a canvas: a heading, what the facilitator asks the group, and its cells in the grid. */
const zone = z.strictObject({
  titre: title()
    .max(60, { error: 'attendu : un titre de zone de 60 caractères au plus' })
    .describe('Titre de la zone, imprimé en tête de la case (« Dit », « Irritants »…).'),
  consigne: text()
    .max(220, { error: 'attendu : une consigne de zone de 220 caractères au plus' })
    .describe(
      'Ce que l’animateur·rice demande au groupe pour cette zone, en une ou deux questions courtes.',
    ),
  colonne: gridNumber('colonnes').describe('Colonne où la zone commence (1 = la plus à gauche).'),
  ligne: gridNumber('lignes').describe('Ligne où la zone commence (1 = la plus haute).'),
  largeur: gridNumber('colonnes')
    .default(1)
    .describe('Nombre de colonnes que la zone occupe (1 si absent).'),
  hauteur: gridNumber('lignes')
    .default(1)
    .describe('Nombre de lignes que la zone occupe (1 si absent).'),
  feuille: z
    .number({ error: `attendu : un numéro de feuille, de 1 à ${canvasSheetLimit}` })
    .int({ error: `attendu : un numéro de feuille, de 1 à ${canvasSheetLimit}` })
    .min(1, { error: 'attendu : la feuille 1 au moins' })
    .max(canvasSheetLimit, { error: `attendu : la feuille ${canvasSheetLimit} au plus` })
    .default(1)
    .describe(
      'Feuille où la zone est imprimée (1 si absent) : un support de deux feuilles s’affiche l’une sous l’autre, sur la même grille.',
    ),
  repere: guide
    .optional()
    .describe('Repère tracé dans la zone quand la méthode en a un : colonnes, cercles ou axes.'),
});

export type CanvasZone = z.infer<typeof zone>;

/** Another paper the canvas prints on, besides its own: the office printer's A4, a bigger A3. */
const otherPaper = z.strictObject({
  format: z
    .enum(paperFormatIds, { error: 'attendu : A4 ou A3' })
    .describe('Format du papier : A4 ou A3.'),
  orientation: z
    .enum(orientationIds, { error: 'attendu : portrait ou paysage' })
    .describe('Orientation de la feuille : portrait ou paysage.'),
  post_it: z
    .boolean({ error: 'attendu : true ou false' })
    .describe(
      'true si chaque zone y garde la place d’un post-it (45 mm au moins de côté, 76 mm de haut pour la moitié des zones) ; false pour un format à remplir au stylo, ce que la page du support dit.',
    ),
});

/** The cells a zone covers, as « colonne,ligne » keys. */
function cellsOf(area: CanvasZone): string[] {
  const cells: string[] = [];
  for (let column = area.colonne; column < area.colonne + area.largeur; column++)
    for (let row = area.ligne; row < area.ligne + area.hauteur; row++)
      cells.push(`${column},${row}`);
  return cells;
}

/**
 * A printable canvas: `content/supports/<id>.yaml`, where <id> is the id of the method sheet it
 * belongs to (`npm run check` verifies that the sheet exists). Its zones sit on a simple grid.
 */
export const canvasSchema = z
  .strictObject({
    titre: title().describe('Titre imprimé en haut du support, en général le nom de la méthode.'),
    format: z
      .enum(paperFormatIds, { error: 'attendu : A4 ou A3' })
      .describe('Format du papier : A4 ou A3.'),
    orientation: z
      .enum(orientationIds, { error: 'attendu : portrait ou paysage' })
      .meta(optionLabels(orientations))
      .describe('Orientation de la feuille : portrait ou paysage.'),
    autres_formats: z
      .array(otherPaper)
      .max(3, { error: 'attendu : trois autres formats au plus' })
      .optional()
      .describe(
        'Autres papiers sur lesquels le support s’imprime, la même grille à une autre taille : chacun a sa page et son bouton d’impression. Le format et l’orientation ci-dessus restent ceux du mur, pour les post-it.',
      ),
    consigne: text()
      .max(400, { error: 'attendu : une consigne générale de 400 caractères au plus' })
      .describe('Consigne générale imprimée sous le titre : ce que le groupe remplit, et comment.'),
    grille: z
      .strictObject({
        colonnes: gridNumber('colonnes').describe('Nombre de colonnes de la grille.'),
        lignes: gridNumber('lignes').describe('Nombre de lignes de la grille.'),
      })
      .describe('Grille sur laquelle les zones sont placées : colonnes et lignes de même taille.'),
    zones: z
      .array(zone)
      .min(2, { error: 'attendu : au moins deux zones' })
      .describe(
        'Les zones du support, dans l’ordre où on les lit (c’est aussi l’ordre de lecture à voix haute).',
      ),
    ...atelierSources('ce support'),
  })
  .superRefine((canvas, ctx) => {
    const { colonnes, lignes } = canvas.grille;
    const papers = [canvas, ...(canvas.autres_formats ?? [])].map(paperName);
    papers.forEach((paper, index) => {
      if (index > 0 && papers.indexOf(paper) < index)
        ctx.addIssue({
          code: 'custom',
          path: ['autres_formats', index - 1],
          message: `attendu : un format différent de ceux déjà déclarés (« ${paper} » l’est déjà)`,
        });
    });
    const owner = new Map<string, string>();
    const sheets = canvasSheetCount(canvas);
    for (let sheet = 1; sheet <= sheets; sheet++)
      if (!canvas.zones.some((area) => area.feuille === sheet))
        ctx.addIssue({
          code: 'custom',
          path: ['zones'],
          message: `attendu : au moins une zone sur la feuille ${sheet} (les zones vont jusqu’à la feuille ${sheets})`,
        });
    canvas.zones.forEach((area, index) => {
      const lastColumn = area.colonne + area.largeur - 1;
      const lastRow = area.ligne + area.hauteur - 1;
      if (lastColumn > colonnes)
        ctx.addIssue({
          code: 'custom',
          path: ['zones', index, area.largeur > 1 ? 'largeur' : 'colonne'],
          message: `attendu : une zone dans les ${colonnes} colonnes de la grille (« ${area.titre} » va jusqu’à la colonne ${lastColumn})`,
        });
      if (lastRow > lignes)
        ctx.addIssue({
          code: 'custom',
          path: ['zones', index, area.hauteur > 1 ? 'hauteur' : 'ligne'],
          message: `attendu : une zone dans les ${lignes} lignes de la grille (« ${area.titre} » va jusqu’à la ligne ${lastRow})`,
        });
      for (const cell of cellsOf(area).map((c) => `${area.feuille},${c}`)) {
        const other = owner.get(cell);
        if (other !== undefined) {
          const [sheet, column, row] = cell.split(',');
          ctx.addIssue({
            code: 'custom',
            path: ['zones', index, 'colonne'],
            message: `attendu : des zones qui ne se chevauchent pas (« ${area.titre} » et « ${other} » occupent toutes deux la colonne ${column}, ligne ${row}${canvas.zones.some((z) => z.feuille > 1) ? `, feuille ${sheet}` : ''})`,
          });
          return;
        }
        owner.set(cell, area.titre);
      }
    });
  })
  .superRefine(frenchSourceRule);

export type CanvasData = z.infer<typeof canvasSchema>;

/** How many sheets a canvas prints on: the highest `feuille` of its zones. */
export function canvasSheetCount(canvas: { zones: readonly { feuille?: number }[] }): number {
  return Math.max(1, ...canvas.zones.map((area) => area.feuille ?? 1));
}

/** Every paper a canvas prints on, its own first, each saying whether it takes sticky notes. */
export function canvasPapers(canvas: {
  format: CanvasPaper['format'];
  orientation: CanvasPaper['orientation'];
  autres_formats?: readonly (CanvasPaper & { post_it: boolean })[] | undefined;
}): (CanvasPaper & { post_it: boolean })[] {
  return [
    { format: canvas.format, orientation: canvas.orientation, post_it: true },
    ...(canvas.autres_formats ?? []),
  ];
}
