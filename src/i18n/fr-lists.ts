// The strings the lists' browser scripts show (the library's and the projects' counts, the
// booklet's selection), apart from fr.ts so a list's script carries only them; fr.ts gives them
// to every template as ui.methodFilters, ui.projectFilters and ui.bookletSelection.

/** The library's filters and counts (MethodFilters, src/lib/method-filter.ts). */
export const methodFilters = {
  title: 'Filtrer les fiches',
  total: '{n} fiches.',
  count: '{n} fiches correspondent à ces critères.',
  countOne: '1 fiche correspond à ces critères.',
  countNone: 'Aucune fiche ne correspond à ces critères.',
  bookletAll: 'Imprimer toute la bibliothèque (livret)',
  bookletOne: 'Imprimer la fiche affichée (livret)',
  bookletMany: 'Imprimer les {n} fiches affichées (livret)',
} as const;

/** The projects' filters and counts (ProjectFilters, src/lib/project-filter.ts). */
export const projectFilters = {
  title: 'Filtrer les projets',
  total: '{n} projets.',
  count: '{n} projets correspondent à ces critères.',
  countOne: '1 projet correspond à ces critères.',
  countNone: 'Aucun projet ne correspond à ces critères.',
} as const;

/** The library's booklet when it prints what the filters showed (src/client/booklet-selection.ts). */
export const bookletSelection = {
  many: 'Ce livret réunit les {n} fiches de votre sélection, sur {total}\u202F: un sommaire, puis une fiche par page A4.',
  one: 'Ce livret réunit la fiche de votre sélection, sur {total}\u202F: un sommaire, puis une fiche par page A4.',
  none: 'Aucune des {total} fiches ne correspond à cette sélection.',
} as const;
