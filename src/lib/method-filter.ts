// The library's French counts and booklet labels; the filters themselves are facets (src/lib/facets/).

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
