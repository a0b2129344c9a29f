// The French count of /projets/; its filters are facets (src/lib/facets/project-facets.ts).

/** « 1 projet correspond », « 3 projets correspondent », « Aucun projet ne correspond ». */
export function projectCountLabel(count: number): string {
  if (count === 0) return 'Aucun projet ne correspond à ces critères.';
  return count === 1
    ? '1 projet correspond à ces critères.'
    : `${count} projets correspondent à ces critères.`;
}
