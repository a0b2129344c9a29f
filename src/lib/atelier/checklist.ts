// The materials and preparation of a session's sheets as one checklist: an item several sheets
// share comes once, in the words of the first sheet that lists it, with every sheet that needs it.
import type { SheetFacts } from './sheet-facts.ts';

export interface ChecklistItem {
  text: string;
  /** Titles of the sheets that list it, in session order. */
  sheets: string[];
}

export interface Checklist {
  materiel: ChecklistItem[];
  preparation: ChecklistItem[];
}

/**
 * What makes two wordings the same item: case, accents kept; spaces (of any kind), punctuation
 * and apostrophes ignored. « Des post-it, des feutres. » and « des post-it  des feutres » match.
 */
export function checklistKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function merge(sheets: readonly SheetFacts[], field: 'materiel' | 'preparation'): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  for (const sheet of sheets)
    for (const text of sheet[field]) {
      const key = checklistKey(text);
      if (!key) continue;
      const item = items.get(key);
      if (!item) items.set(key, { text, sheets: [sheet.titre] });
      else if (!item.sheets.includes(sheet.titre)) item.sheets.push(sheet.titre);
    }
  return [...items.values()];
}

/** The checklist of these sheets, each taken once, in the order given. */
export function mergeChecklist(sheets: readonly SheetFacts[]): Checklist {
  const distinct = [...new Map(sheets.map((s) => [s.id, s])).values()];
  return { materiel: merge(distinct, 'materiel'), preparation: merge(distinct, 'preparation') };
}
