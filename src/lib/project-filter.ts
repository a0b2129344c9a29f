// Filters of /projets/ as data: objective type, status, year. Pure, shared by the page script and the tests.

export interface ProjectFacts {
  objective: string;
  status: string;
  start: number;
  /** Last year, or undefined while going on or not known. */
  end?: number | undefined;
}

export interface ProjectFilters {
  objectives: string[];
  statuses: string[];
  /** A year during which the project is documented as active. */
  year?: number;
}

export const projectFilterParams = {
  objective: 'objectif',
  status: 'statut',
  year: 'annee',
} as const;

export function parseProjectFilters(
  search: string | URLSearchParams,
  known: { objectives: readonly string[]; statuses: readonly string[] },
): ProjectFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: string, allowed: readonly string[]) => [
    ...new Set(params.getAll(name).filter((v) => allowed.includes(v))),
  ];
  const filters: ProjectFilters = {
    objectives: pick(projectFilterParams.objective, known.objectives),
    statuses: pick(projectFilterParams.status, known.statuses),
  };
  const year = Number(params.get(projectFilterParams.year));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filters.year = year;
  return filters;
}

export function serializeProjectFilters(filters: ProjectFilters): string {
  const params = new URLSearchParams();
  filters.objectives.forEach((v) => params.append(projectFilterParams.objective, v));
  filters.statuses.forEach((v) => params.append(projectFilterParams.status, v));
  if (filters.year !== undefined) params.set(projectFilterParams.year, String(filters.year));
  return params.toString();
}

/** The years a project is documented as active: start to end, to `currentYear` while going on, its start alone otherwise. */
export function documentedYears(project: ProjectFacts, currentYear: number): number[] {
  const last = project.end ?? (project.status === 'en-cours' ? currentYear : project.start);
  return Array.from({ length: Math.max(0, last - project.start + 1) }, (_, i) => project.start + i);
}

export function matchesProjectFilters(
  project: ProjectFacts,
  filters: ProjectFilters,
  currentYear: number,
): boolean {
  if (filters.objectives.length && !filters.objectives.includes(project.objective)) return false;
  if (filters.statuses.length && !filters.statuses.includes(project.status)) return false;
  if (filters.year !== undefined && !documentedYears(project, currentYear).includes(filters.year))
    return false;
  return true;
}

/** « 1 projet correspond », « 3 projets correspondent », « Aucun projet ne correspond ». */
export function projectCountLabel(count: number): string {
  if (count === 0) return 'Aucun projet ne correspond à ces critères.';
  return count === 1
    ? '1 projet correspond à ces critères.'
    : `${count} projets correspondent à ces critères.`;
}
