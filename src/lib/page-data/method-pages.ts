// What each sheet's page shows besides the sheet: its related sheets (both ways), the case studies
// and the parcours that cite it. Built once for all sheets, from plain entries.
import { groupByReference, relatedMethodsIndex } from '../relations.ts';

interface Ref {
  id: string;
}
interface MethodEntry {
  id: string;
  data: { methodes_liees: Ref[] };
}

export function methodPages<
  M extends MethodEntry,
  P extends { data: { methodes: Ref[] } },
  C extends { data: { etapes: { methode: Ref }[] } },
>(methods: M[], projects: P[], parcours: C[]) {
  const byId = new Map(methods.map((m) => [m.id, m]));
  const related = relatedMethodsIndex(methods);
  const projectsByMethod = groupByReference(projects, (p) => p.data.methodes);
  const parcoursByMethod = groupByReference(parcours, (p) => p.data.etapes.map((s) => s.methode));
  return methods.map((method) => ({
    method,
    related: (related.get(method.id) ?? []).flatMap((id) => byId.get(id) ?? []),
    projects: projectsByMethod.get(method.id) ?? [],
    parcours: parcoursByMethod.get(method.id) ?? [],
  }));
}
