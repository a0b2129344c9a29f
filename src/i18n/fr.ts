/** Every string of the site's interface, in French (with its narrow no-break spaces, \u202F). Content lives in content/. */
export const ui = {
  skipLink: 'Aller au contenu',
  mainNav: 'Menu principal',
  breadcrumb: 'Fil d’Ariane',
  home: 'Accueil',
  footerNav: 'Liens utiles',
  nav: {
    lab: 'Le Ti Lab',
    methods: 'Méthodes',
    projects: 'Projets',
    partners: 'Partenaires',
    search: 'Recherche',
  },
  footer: {
    legal: 'Mentions légales',
    accessibility: 'Accessibilité\u202F: non conforme',
    privacy: 'Données personnelles',
    sitemap: 'Plan du site',
    openData: 'Données ouvertes',
    ecodesign: 'Éco-conception',
    partners:
      'Un laboratoire né en 2017 du double portage de la Préfecture et de la Région Bretagne.',
  },
  sources: 'Sources',
  /** Before the month an undated source was read: « consulté en décembre 2026 ». */
  sourceConsulted: 'consulté en',
  toBeSupplied: 'à compléter par l’éditeur',
  licence: {
    /** Before the licence's name once the publisher has confirmed it. */
    confirmed: 'Sauf mention contraire, les contenus de ce site sont publiés sous',
    /** Before the licence's name while it is only proposed. */
    proposed: 'Licence proposée\u202F:',
    /** After the licence's name while it is only proposed. */
    toBeConfirmed: '(à confirmer par l’éditeur)',
  },
  /** A sheet's sections, on its page and in its Markdown copy (src/lib/markdown-copy.ts). */
  sheet: {
    materials: 'Matériel',
    preparation: 'Préparation',
    advice: 'Conseils',
    pitfalls: 'Pièges à éviter',
    administration: 'Dans l’administration',
    remote: 'À distance',
    canvas: 'Support à imprimer',
  },
  /** /llms.txt and /llms-full.txt (src/lib/llms-txt.ts); « Optional » is the format's own word. */
  llms: {
    title: '{site} — bibliothèque de méthodes',
    fullTitle: '{site} — toutes les fiches de méthode',
    summary:
      'Le site du {site}, laboratoire d’innovation publique de Bretagne né en 2017 du double portage de la Préfecture et de la Région Bretagne, à Rennes\u202F: ce qu’est le laboratoire, des projets auxquels il a pris part documentés par des sources publiques, et une bibliothèque de méthodes d’atelier écrite pour les agent·e·s de la Région et de l’État (phases, durée, nombre de participant·e·s, déroulé, matériel, sources). Les fiches, les parcours, les études de cas et les pages du laboratoire existent aussi en Markdown, à leur adresse terminée par .md.',
    sheets: 'Fiches de méthode',
    parcours: 'Parcours',
    canvases: 'Supports à imprimer',
    projects: 'Projets',
    pages: 'Le laboratoire et le site',
    openData: 'Données ouvertes',
    optional: 'Optional',
    canvasNote: 'support de la fiche, à imprimer en {paper}',
    full: 'Toutes les fiches en un fichier',
    fullNote: 'le texte complet de chaque fiche de méthode',
  },
  /** In a Markdown copy, before the address of the page it copies. */
  markdownCopyPage: 'Page',
  exampleFictional: 'Exemple fictif.',
  example: 'Exemple',
  exampleNotice:
    'Cette fiche est un exemple rédigé pour illustrer le modèle\u202F: elle ne décrit pas un cas réel.',
  search: {
    label: 'Rechercher sur le site',
    placeholder: 'atelier, entretien, usager…',
    submit: 'Rechercher',
    more: 'Afficher 10 résultats de plus',
    shortcut: 'Raccourci clavier\u202F: touche «\u202F/\u202F»',
    filters: 'Affiner les résultats',
    filtersChosen: 'Affiner les résultats ({n} filtre choisi)',
    filtersChosenMany: 'Affiner les résultats ({n} filtres choisis)',
    sort: 'Trier par',
    sortRelevance: 'pertinence',
    sortRecent: 'date, du plus récent au plus ancien',
    loading: 'Recherche en cours…',
    needsJavaScript:
      'La recherche fonctionne dans votre navigateur et nécessite JavaScript. Vous pouvez aussi parcourir les méthodes, les projets ou le plan du site.',
    noQuery:
      'Saisissez un ou plusieurs mots, par exemple «\u202Fatelier avec des élus\u202F» ou «\u202Fentretien\u202F».',
    noResults: 'Aucun résultat pour «\u202F{q}\u202F».',
    noResultsHelp:
      'Vérifiez l’orthographe, essayez un mot plus général ou un synonyme, retirez un filtre, ou parcourez la bibliothèque de méthodes.',
    resultCount: '{n} résultats pour «\u202F{q}\u202F».',
    resultCountOne: '1 résultat pour «\u202F{q}\u202F».',
    chips: 'Filtres appliqués',
    chipRemove: 'Retirer le filtre',
    filteredCount: '{n} fiches correspondent à ces filtres.',
    filteredCountOne: '1 fiche correspond à ces filtres.',
    filteredNone: 'Aucune fiche ne correspond à ces filtres.',
    filteredNoneHelp: 'Retirez un filtre, ou parcourez la bibliothèque de méthodes.',
  },
  atelier: {
    step: 'Étape',
    breakTitle: 'Pause',
    timeRange: '{start} – {end}',
    durationRange: '{range} selon la fiche',
    people: 'pour {range}',
    up: 'Monter',
    down: 'Descendre',
    remove: 'Retirer',
    warningLabel: 'Attention\u202F:',
    moved: 'Fiche «\u202F{title}\u202F» déplacée en position {n} sur {total}.',
    breakMoved: 'Pause déplacée en position {n} sur {total}.',
    alreadyFirst: 'Déjà en première position.',
    alreadyLast: 'Déjà en dernière position.',
    removed: 'Fiche «\u202F{title}\u202F» retirée de l’atelier.',
    breakRemoved: 'Pause retirée de l’atelier.',
    added: 'Fiche «\u202F{title}\u202F» ajoutée à votre atelier, en position {n} sur {total}.',
    addedMany: '{n} fiches ajoutées à votre atelier.',
    alreadyThere: 'La fiche «\u202F{title}\u202F» est déjà dans votre atelier.',
    breakAdded: 'Pause de {minutes} ajoutée en position {n} sur {total}.',
    missing: 'Fiche introuvable, retirée de l’atelier\u202F: {ids}.',
    unknownVersion:
      'Ce lien d’atelier vient d’une autre version de cette page, qui ne sait pas le lire\u202F: composez l’atelier à nouveau.',
    loadError:
      'Les fiches de cet atelier n’ont pas pu être chargées. Vérifiez votre connexion, puis rechargez la page.',
    cleared: 'Atelier vidé.',
    confirmClear: 'Vider l’atelier\u202F? Ses fiches, ses pauses et ses réglages seront retirés.',
    copied: 'Lien copié.',
    copyFailed: 'Le lien n’a pas pu être copié\u202F: sélectionnez-le, puis copiez-le.',
    printing: 'Préparation de l’impression…',
    printReady: 'Impression prête.',
    printPartial:
      'Certaines fiches n’ont pas pu être chargées\u202F: l’impression se fera sans elles.',
    warningCountOne: '1 point d’attention.',
    warningCount: '{n} points d’attention.',
    total: 'Durée totale\u202F: {total}. Fin à {end}.',
    totalAvailable: 'Durée totale\u202F: {total} sur {available} prévues. Fin à {end}.',
    margin: 'Marge\u202F: {margin}.',
    overrun: 'L’atelier dure {total}, soit {over} de plus que les {available} prévues.',
    groupTooLarge:
      '«\u202F{title}\u202F» se pratique {range}\u202F; votre groupe en compte {n}. Formez des sous-groupes ou choisissez une autre méthode.',
    groupTooSmall:
      '«\u202F{title}\u202F» se pratique {range}\u202F; votre groupe n’en compte que {n}.',
    phaseOrder:
      '«\u202F{title}\u202F» ({phases}) vient après «\u202F{previous}\u202F» ({previousPhase}), une phase plus avancée d’un projet.',
    agendaTitle: 'Programme de l’atelier',
    agendaStart: 'Début\u202F: {start}',
    agendaEnd: 'Fin\u202F: {end}',
    agendaTotal: 'Durée\u202F: {total}',
    agendaAvailable: 'Temps prévu\u202F: {available}',
    agendaGroup: 'Participant·e·s\u202F: {n}',
    agendaTime: 'Horaire',
    agendaActivity: 'Activité',
    agendaDuration: 'Durée',
    checklistTitle: 'Matériel et préparation',
    materials: 'Matériel',
    preparation: 'Préparation',
    neededBy: 'pour {sheets}',
    onlineAt: 'Cet atelier en ligne\u202F: {url}',
  },
  admin: {
    title: 'Éditeur de contenu',
    loading: 'Chargement de l’éditeur de contenu…',
    needsJavaScript: 'L’éditeur de contenu a besoin de JavaScript.',
    unconfigured:
      'L’éditeur en ligne n’est pas encore configuré pour ce site\u202F: le laboratoire doit renseigner son dépôt et son application OAuth dans content/site.yaml (voir le guide CONTRIBUTING.md). En attendant, proposez vos modifications sur la forge.',
    failed: 'L’éditeur n’a pas pu démarrer\u202F: {error}',
  },
  /** The site's identity and the library's phone layout (issue 22: phases, wordmark, home page). */
  identity: {
    /** Before a sheet's phases, at the top of its page. */
    sheetKicker: 'Fiche méthode',
    /** The home page's first screen: what the site is, then its two ways in. */
    homeIntro:
      'Ce qu’est le laboratoire, ses projets, et une bibliothèque de {n} fiches de méthode pour préparer et animer un atelier avec des agent·e·s et des usager·ère·s.',
    findMethod: 'Trouver une méthode',
    prepareWorkshop: 'Préparer un atelier',
  },
  library: {
    /** The control that folds the library's filters. */
    filter: 'Filtrer',
    /** After it, once filters are chosen: what is shown, then « | », then what is only spoken. */
    filterChosenOne: '\u00a0·\u00a01| filtre choisi',
    filterChosenMany: '\u00a0·\u00a0{n}| filtres choisis',
    /** The folded list of parcours, with their number. */
    parcours: 'Parcours\u202F: par où commencer ({n})',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'La page demandée n’existe pas ou a changé d’adresse.',
  },
} as const;
