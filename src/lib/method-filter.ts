// The library's French counts and booklet labels; the filters themselves are facets (src/lib/facets/).
import { fill } from '../i18n/fill.ts';
import { bookletSelection, methodFilters } from '../i18n/fr-lists.ts';

/** « 1 fiche correspond », « 12 fiches correspondent », « Aucune fiche ne correspond ». */
export function resultCountLabel(count: number): string {
  const strings = methodFilters;
  if (count === 0) return strings.countNone;
  return count === 1 ? strings.countOne : fill(strings.count, { n: count });
}

/** The library's booklet links: the whole library (null), or the sheets the filters show. */
export function bookletLinkLabel(shown: number | null): string {
  const strings = methodFilters;
  if (shown === null) return strings.bookletAll;
  return shown === 1 ? strings.bookletOne : fill(strings.bookletMany, { n: shown });
}

/** The booklet's introduction when it prints a selection of the library. */
export function bookletSelectionIntro(shown: number, total: number): string {
  if (shown === 0) return fill(bookletSelection.none, { total });
  return fill(shown === 1 ? bookletSelection.one : bookletSelection.many, { n: shown, total });
}
