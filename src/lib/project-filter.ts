// The French count of /projets/; its filters are facets (src/lib/facets/project-facets.ts).
import { fill } from '../i18n/fill.ts';
import { projectFilters } from '../i18n/fr-lists.ts';

/** « 1 projet correspond », « 3 projets correspondent », « Aucun projet ne correspond ». */
export function projectCountLabel(count: number): string {
  const strings = projectFilters;
  if (count === 0) return strings.countNone;
  return count === 1 ? strings.countOne : fill(strings.count, { n: count });
}
