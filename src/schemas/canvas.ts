import { z } from 'astro/zod';
import { orientationIds, paperFormatIds } from '../vocabulary/paper.ts';
import { frenchSourceRule, text, title, workshopSources } from './common.ts';

/** Largest number of columns or rows of a canvas grid: src/styles/canvas.css places zones up to it. */
export const canvasGridLimit = 8;

/** A whole number from 1 to the grid limit. */
const gridNumber = (what: string) =>
  z
    .number({ error: `attendu : un nombre entier de ${what}, de 1 à ${canvasGridLimit}` })
    .int({ error: `attendu : un nombre entier de ${what}, de 1 à ${canvasGridLimit}` })
    .min(1, { error: `attendu : au moins 1 (${what})` })
    .max(canvasGridLimit, { error: `attendu : ${canvasGridLimit} ${what} au plus` });

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
});

export type CanvasZone = z.infer<typeof zone>;

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
      .describe('Orientation de la feuille : portrait ou paysage.'),
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
    ...workshopSources('ce support'),
  })
  .superRefine((canvas, ctx) => {
    const { colonnes, lignes } = canvas.grille;
    const owner = new Map<string, string>();
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
      for (const cell of cellsOf(area)) {
        const other = owner.get(cell);
        if (other !== undefined) {
          const [column, row] = cell.split(',');
          ctx.addIssue({
            code: 'custom',
            path: ['zones', index, 'colonne'],
            message: `attendu : des zones qui ne se chevauchent pas (« ${area.titre} » et « ${other} » occupent toutes deux la colonne ${column}, ligne ${row})`,
          });
          return;
        }
        owner.set(cell, area.titre);
      }
    });
  })
  .superRefine(frenchSourceRule);

export type CanvasData = z.infer<typeof canvasSchema>;
