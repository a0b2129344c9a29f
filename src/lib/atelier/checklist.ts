// The materials and preparation of a session's sheets as one checklist: an item several sheets
// share comes once, in the words of the first sheet that lists it, with every sheet that needs it.
import type { MethodFacts } from './method-facts.ts';

export interface ChecklistItem {
  text: string;
  /** Titles of the sheets that list it, in session order. */
  methods: string[];
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

function merge(
  methods: readonly MethodFacts[],
  field: 'materiel' | 'preparation',
): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  for (const method of methods)
    for (const text of method[field]) {
      const key = checklistKey(text);
      if (!key) continue;
      const item = items.get(key);
      if (!item) items.set(key, { text, methods: [method.titre] });
      else if (!item.methods.includes(method.titre)) item.methods.push(method.titre);
    }
  return [...items.values()];
}

/** The checklist of these sheets, each taken once, in the order given. */
export function mergeChecklist(methods: readonly MethodFacts[]): Checklist {
  const distinct = [...new Map(methods.map((s) => [s.id, s])).values()];
  return { materiel: merge(distinct, 'materiel'), preparation: merge(distinct, 'preparation') };
}
