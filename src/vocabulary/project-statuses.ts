/** Where a case study stands; `non-precise`: the public sources say neither that it goes on nor that it ended. */
export const projectStatuses = [
  { id: 'en-cours', label: 'En cours' },
  { id: 'termine', label: 'Terminé' },
  { id: 'non-precise', label: 'Non précisé par les sources' },
] as const;

export type ProjectStatusId = (typeof projectStatuses)[number]['id'];
export const projectStatusLabels = Object.fromEntries(
  projectStatuses.map((s) => [s.id, s.label]),
) as Record<ProjectStatusId, string>;
