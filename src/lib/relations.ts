// Links between entries, computed both ways, on plain data so that tests can use them.

interface Ref {
  id: string;
}
interface WithRelated {
  id: string;
  data: { methodes_liees: Ref[] };
}

/**
 * For every method, the methods related to it in both directions: the ones it
 * lists, then the ones that list it (if A lists B, B shows A). One pass over
 * all sheets, whatever their number.
 */
export function relatedMethodsIndex(methods: WithRelated[]): Map<string, string[]> {
  const related = new Map<string, Set<string>>(
    methods.map((m) => [m.id, new Set(m.data.methodes_liees.map((r) => r.id))]),
  );
  for (const method of methods) {
    for (const ref of method.data.methodes_liees) related.get(ref.id)?.add(method.id);
  }
  return new Map([...related].map(([id, ids]) => [id, [...ids].filter((other) => other !== id)]));
}

/** Entries grouped by each id their list field points to (projects by method, by partner…). */
export function groupByReference<T>(entries: T[], refsOf: (entry: T) => Ref[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const ref of refsOf(entry)) {
      const group = groups.get(ref.id);
      if (group) {
        if (!group.includes(entry)) group.push(entry);
      } else groups.set(ref.id, [entry]);
    }
  }
  return groups;
}
