// Links between entries, computed both ways, on plain data so that tests can use them.

interface Ref {
  id: string;
}
interface WithRelated {
  id: string;
  data: { methodes_liees: Ref[] };
}

/**
 * The methods related to `id`, in both directions: the ones it lists, then the
 * ones that list it. If A lists B, B shows A.
 */
export function relatedMethodIds(id: string, methods: WithRelated[]): string[] {
  const own = methods.find((m) => m.id === id)?.data.methodes_liees.map((r) => r.id) ?? [];
  const backlinks = methods.filter((m) => m.id !== id && m.data.methodes_liees.some((r) => r.id === id)).map((m) => m.id);
  return [...new Set([...own, ...backlinks])].filter((other) => other !== id);
}

/** Entries whose list field points to `id` (projects using a method, partners of a project…). */
export function entriesPointingTo<T extends { id: string }>(id: string, entries: T[], refsOf: (entry: T) => Ref[]): T[] {
  return entries.filter((entry) => refsOf(entry).some((ref) => ref.id === id));
}
