// Entries grouped under the terms of a vocabulary, in the vocabulary's order, empty groups left out:
// sheets by their main phase, partners by kind, case studies by objective type.

export interface Group<Term, Entry> {
  term: Term;
  entries: Entry[];
}

export function groupByTerm<Term extends { id: string }, Entry>(
  vocabulary: readonly Term[],
  entries: readonly Entry[],
  termOf: (entry: Entry) => string,
  { keepEmpty = false } = {},
): Group<Term, Entry>[] {
  const byTerm = new Map<string, Entry[]>(vocabulary.map((term) => [term.id, []]));
  for (const entry of entries) byTerm.get(termOf(entry))?.push(entry);
  return vocabulary
    .map((term) => ({ term, entries: byTerm.get(term.id)! }))
    .filter((group) => keepEmpty || group.entries.length > 0);
}

/** A sheet is listed once, under its main (first) phase. */
export const mainPhase = (method: { data: { phases: readonly string[] } }) =>
  method.data.phases[0]!;
