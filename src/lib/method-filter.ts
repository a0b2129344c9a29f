// What an agent asks of the method library, as data: parsed from and written to the URL,
// and matched against a sheet's facts. Pure, shared by the page script and the tests.

export interface MethodFacts {
  phases: readonly string[];
  durationMin: number;
  durationMax: number;
  peopleMin: number;
  peopleMax: number;
  difficulty: string;
}

export interface MethodFilters {
  /** Any of these phases (empty: all). */
  phases: string[];
  /** « J'ai N minutes »: the method can be run within N minutes. */
  minutes?: number;
  /** « Nous sommes N »: the method works for a group of N people. */
  people?: number;
  /** Any of these difficulties (empty: all). */
  difficulties: string[];
}

/** URL parameter names, in French since readers share these addresses. */
export const filterParams = {
  phase: 'phase',
  minutes: 'minutes',
  people: 'personnes',
  difficulty: 'difficulte',
} as const;

function positiveInteger(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Reads filters from a query string; unknown values are dropped, never trusted. */
export function parseFilters(
  search: string | URLSearchParams,
  known: { phases: readonly string[]; difficulties: readonly string[] },
): MethodFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: string, allowed: readonly string[]) => [
    ...new Set(params.getAll(name).filter((v) => allowed.includes(v))),
  ];
  const filters: MethodFilters = {
    phases: pick(filterParams.phase, known.phases),
    difficulties: pick(filterParams.difficulty, known.difficulties),
  };
  const minutes = positiveInteger(params.get(filterParams.minutes));
  const people = positiveInteger(params.get(filterParams.people));
  if (minutes !== undefined) filters.minutes = minutes;
  if (people !== undefined) filters.people = people;
  return filters;
}

/** Writes filters as a query string (without « ? »), in a stable order; empty filters give ''. */
export function serializeFilters(filters: MethodFilters): string {
  const params = new URLSearchParams();
  filters.phases.forEach((phase) => params.append(filterParams.phase, phase));
  if (filters.minutes !== undefined) params.set(filterParams.minutes, String(filters.minutes));
  if (filters.people !== undefined) params.set(filterParams.people, String(filters.people));
  filters.difficulties.forEach((difficulty) => params.append(filterParams.difficulty, difficulty));
  return params.toString();
}

/** True when a sheet fits every filter given. */
export function matchesFilters(method: MethodFacts, filters: MethodFilters): boolean {
  if (filters.phases.length && !method.phases.some((phase) => filters.phases.includes(phase)))
    return false;
  if (filters.minutes !== undefined && method.durationMin > filters.minutes) return false;
  if (
    filters.people !== undefined &&
    (filters.people < method.peopleMin || filters.people > method.peopleMax)
  )
    return false;
  if (filters.difficulties.length && !filters.difficulties.includes(method.difficulty))
    return false;
  return true;
}

/** « 1 fiche correspond », « 12 fiches correspondent », « Aucune fiche ne correspond ». */
export function resultCountLabel(count: number): string {
  if (count === 0) return 'Aucune fiche ne correspond à ces critères.';
  return count === 1
    ? '1 fiche correspond à ces critères.'
    : `${count} fiches correspondent à ces critères.`;
}

/** The library's booklet links: the whole library (null), or the sheets the filters show. */
export function bookletLinkLabel(shown: number | null): string {
  if (shown === null) return 'Imprimer toute la bibliothèque (livret)';
  return shown === 1
    ? 'Imprimer la fiche affichée (livret)'
    : `Imprimer les ${shown} fiches affichées (livret)`;
}

/** The booklet's introduction when it prints a selection of the library. */
export function bookletSelectionIntro(shown: number, total: number): string {
  if (shown === 0) return `Aucune des ${total} fiches ne correspond à cette sélection.`;
  return `Ce livret réunit ${shown === 1 ? 'la fiche' : `les ${shown} fiches`} de votre sélection, sur ${total}\u202F: un sommaire, puis une fiche par page A4.`;
}
