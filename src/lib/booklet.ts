import type { Method } from './entries.ts';
import type { ParcoursStep } from './parcours-steps.ts';

/**
 * A sheet's rendered body, made to sit among other sheets in one printed booklet: sheet bodies
 * start at h2, and in a booklet each sheet is an h2, so their headings go one level down; ids
 * (and the links to them) are prefixed with the sheet's id, so that they stay unique.
 */
export function bookletBody(html: string, sheetId: string): string {
  return html
    .replace(
      /<(\/?)h([2-5])\b/g,
      (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
    )
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${sheetId}--${id}"`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${sheetId}--${id}"`);
}

/** A parcours's sheets for print: each sheet once, where it first comes, with the reasons of every step that uses it. */
export function bookletSheets(steps: ParcoursStep[]): { method: Method; whys: string[] }[] {
  const sheets = new Map<string, { method: Method; whys: string[] }>();
  for (const step of steps) {
    const sheet = sheets.get(step.method.id);
    if (sheet) sheet.whys.push(step.why);
    else sheets.set(step.method.id, { method: step.method, whys: [step.why] });
  }
  return [...sheets.values()];
}
