// Every string of the site's interface, in French (with its narrow no-break spaces, \u202F), grouped
// by page or component; content lives in content/. The groups the lists' browser scripts read live
// in fr-lists.ts, so their bundles carry those and not the whole interface.
import { bookletSelection, methodFilters, projectFilters } from './fr-lists.ts';

/** The whole interface, for templates and build code. */
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
  /** Before a card's or a principle's sources. */
  source: 'Source\u202F:',
  /** The 404's and the search's way back to the library. */
  browseMethods: 'Parcourir les méthodes',
  /** The planner's name, where other pages link to it. */
  prepareAtelier: 'Préparer mon atelier',
  addToAtelier: 'Ajouter à mon atelier',
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
  method: {
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
    methods: 'Fiches de méthode',
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
    /** A break's name for screen readers, after its step's buttons: « pause de 10 h 30 ». */
    breakNamed: 'pause de {start}',
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
    neededBy: 'pour {methods}',
    onlineAt: 'Cet atelier en ligne\u202F: {url}',
    /** Sessions (séances) of an atelier: the planner, its address and its print. */
    sessionName: 'Séance {n}',
    sessionHeading: 'Séance {n} sur {total}',
    sessionLabel: 'Nom ou jour de la séance (facultatif)',
    sessionLabelHelp: 'par exemple «\u202FMardi 14 mars, matin\u202F»',
    sessionStart: 'Heure de début',
    sessionAvailable: 'Temps disponible',
    sessionAvailableHelp: 'en minutes\u202F: 180 pour 3\u00A0h',
    sessionEmpty:
      'Cette séance est vide\u202F: déplacez-y des étapes, ou réunissez-la à la précédente.',
    splitHere: 'Commencer une nouvelle séance ici',
    mergeWithPrevious: 'Réunir à la séance précédente',
    addBreakToSession: 'Ajouter une pause',
    /** After a session's button, for who does not see which block it sits in. */
    inSession: ' (séance {n})',
    split:
      'Nouvelle séance à partir de «\u202F{title}\u202F»\u202F: l’atelier compte {total} séances.',
    merged: 'Séance {n} réunie à la précédente\u202F: l’atelier compte {total} séances.',
    mergedOne: 'Séance réunie à la précédente\u202F: l’atelier tient en une séance.',
    movedToSession:
      '«\u202F{title}\u202F» déplacée dans la séance {session}, en position {n} sur {total}.',
    sessionsSummary: '{n} séances, {total} en tout.',
    sessionOverrun: 'La séance {n} dure {total}, soit {over} de plus que les {available} prévues.',
    agendaSession: 'Séance {n}',
    runSession: 'Animer la séance {n}',
  },
  /** « Animer la séance » (/atelier/animer/): the session run step by step. */
  run: {
    title: 'Animer la séance',
    description:
      'Animer un atelier préparé avec «\u202FPréparer mon atelier\u202F»\u202F: l’étape en cours en grand, le temps qui reste, l’étape suivante et le programme recalculé au fil de la séance.',
    /** {prepare} is a link to the planner, with its name (prepareAtelier) as its text. */
    noScript:
      'Cette page suit votre atelier étape par étape, avec un compte à rebours, et nécessite JavaScript. Sans JavaScript, imprimez le programme depuis {prepare}.',
    agenda: 'Programme',
    position: 'Étape {n} sur {total}',
    planned: 'prévue de {start} à {end}',
    timeLeft: 'Temps restant',
    timeOver: 'Dépassement',
    ending: 'Bientôt la fin de l’étape',
    over: 'Temps de l’étape dépassé',
    paused: 'En pause',
    notStarted: 'Pas encore commencée',
    start: 'Démarrer',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    next: 'Étape suivante',
    finish: 'Terminer la séance',
    upNext: 'Ensuite\u202F: {title}, {minutes}.',
    lastStep: 'C’est la dernière étape.',
    breakText: 'Reprise prévue à {end}.',
    fullMethod: 'La fiche «\u202F{title}\u202F» en entier',
    done: 'fait',
    current: 'en cours',
    driftLater: 'La séance finit désormais à {end}, {minutes} plus tard que prévu.',
    driftEarlier: 'La séance finit désormais à {end}, {minutes} plus tôt que prévu.',
    driftNone: 'La séance finit à {end}, comme prévu.',
    finished: 'Séance terminée à {end}. Bravo et merci pour l’animation.',
    announceStep: 'Étape {n} sur {total}\u202F: {title}, {minutes}.',
    announceStarted: 'Séance démarrée. Étape {n} sur {total}\u202F: {title}, {minutes}.',
    announcePaused: 'En pause.',
    announceResumed: 'Reprise.',
    announceEnding: 'Plus que {minutes} pour «\u202F{title}\u202F».',
    announceOver: 'Le temps de «\u202F{title}\u202F» est dépassé.',
    awake: 'L’écran reste allumé pendant la séance.',
    awakeUnavailable:
      'Ce navigateur ne peut pas garder l’écran allumé\u202F: réglez sa mise en veille si besoin.',
    /** Followed by a link to the planner, with its name (prepareAtelier) as its text. */
    empty:
      'Aucun atelier à animer dans ce navigateur. Composez d’abord votre séance dans «\u202FPréparer mon atelier\u202F», puis revenez ici.',
    backToPreparePage: 'Revenir à la préparation de l’atelier',
    chooseSession: 'Quelle séance animer\u202F?',
    /** One session to choose: « Séance 2 · Mardi matin », then its times. */
    chooseEntry: '{name}\u202F: {start} – {end}, {steps}',
    sessionTitle: 'Animer la séance {n}',
    stepCount: '{n} étapes',
    stepCountOne: '1 étape',
  },
  /**
   * « Emporter la bibliothèque hors ligne » (src/components/methods/OfflineLibrary.astro), on the
   * library and the planner; {download}, {stored} are sizes (« 1,3 Mo »), {n}, {done}, {total} files.
   */
  offline: {
    title: 'Sans réseau, en atelier',
    intro:
      'Gardez dans ce navigateur les fiches, leurs supports, les parcours, « Préparer mon atelier », « Animer la séance » et la recherche : ils s’ouvriront même quand la salle n’a pas de réseau. Rien n’est téléchargé ni gardé tant que vous n’appuyez pas sur le bouton.',
    size: 'Environ {download} à télécharger ({n} fichiers), {stored} gardés dans ce navigateur.',
    keep: 'Emporter la bibliothèque hors ligne',
    remove: 'Supprimer la copie hors ligne',
    progress: 'Téléchargement : {done} fichiers sur {total}…',
    progressLabel: 'Téléchargement de la copie hors ligne',
    kept: 'La bibliothèque est gardée dans ce navigateur ({stored}) : fiches, supports, parcours, atelier et recherche s’ouvrent sans réseau. Elle se met à jour quand le site change, la prochaine fois que vous le consultez avec du réseau.',
    updating: 'Une nouvelle version du site est parue : la copie hors ligne se met à jour.',
    failed:
      'Le téléchargement n’a pas abouti (réseau interrompu ?) : rien n’a été gardé. Réessayez quand le réseau le permet.',
    removed: 'La copie hors ligne est supprimée de ce navigateur.',
    unavailable: 'La copie hors ligne n’est pas disponible pour le moment (réseau ?).',
  },
  /** « Ajouter à mon atelier » in place (library cards, sheets) and « Mon atelier (n) » in the header. */
  atelierInPlace: {
    inAtelier: 'Dans mon atelier ✓',
    remove: 'Retirer',
    headerLink: 'Mon atelier',
    headerCount: '({n})',
    added: 'Fiche «\u202F{title}\u202F» ajoutée à votre atelier ({n} fiches).',
    removed: 'Fiche «\u202F{title}\u202F» retirée de votre atelier ({n} fiches).',
  },
  /** « Préparer mon atelier » (/atelier/): the page's own text around the planner. */
  atelierPage: {
    title: 'Préparer mon atelier',
    description:
      'Composer un atelier à partir des fiches méthodes\u202F: l’ordre et les horaires des activités, le matériel à réunir, un lien à partager et une version à imprimer.',
    lead: 'Choisissez des fiches, mettez-les dans l’ordre, ajustez leur durée et vos pauses\u202F: vous obtenez le programme heure par heure, la liste du matériel et de la préparation, un lien qui garde tout l’atelier et une version à imprimer.',
    /** {library} is a link to the library, with libraryLink as its text. */
    noScript:
      'Cette page compose l’atelier dans votre navigateur et nécessite JavaScript. Sans JavaScript, partez d’un parcours ci-dessous\u202F: son livret réunit ses fiches pour les imprimer d’un coup. Vous pouvez aussi parcourir la {library}.',
    libraryLink: 'bibliothèque de méthodes',
    settings: 'Réglages',
    titleField: 'Titre de l’atelier (facultatif)',
    startField: 'Heure de début',
    groupField: 'Nombre de participant·e·s',
    groupHelp: 'sans compter l’animation',
    availableField: 'Temps disponible',
    availableHelp: 'en minutes\u202F: 180 pour 3\u00A0h',
    programme: 'Programme',
    /** {library} is a link to the library, with libraryLink as its text. */
    empty:
      'Votre atelier est vide. Ajoutez des fiches depuis la {library} («\u202FAjouter à mon atelier\u202F» sur chaque fiche) ou partez d’un parcours ci-dessous.',
    addBreak: 'Ajouter une pause',
    addFromLibrary: 'Ajouter des fiches depuis la bibliothèque',
    checklistIntro: 'Ce que demandent les fiches choisies, chaque élément une seule fois.',
    share: 'Partager et imprimer',
    linkField: 'Lien de cet atelier',
    copy: 'Copier le lien',
    linkHelp:
      'Tout l’atelier tient dans ce lien\u202F: rouvert, il redonne le même atelier, dans n’importe quel navigateur. Rien n’est enregistré sur un serveur ni dans un cookie.',
    print: 'Imprimer l’atelier',
    printHelp:
      'le programme sur une page A4, la liste du matériel, puis les fiches choisies et leurs supports, chacun à son format.',
    clear: 'Vider l’atelier',
    fromParcours: 'Partir d’un parcours',
    parcoursSteps: '({n} étapes)',
    adapt: 'Adapter à mon atelier',
    booklet: 'Livret à imprimer',
    /** After a link's text, for screen readers: which parcours it is about. */
    named: '\u202F: «\u202F{title}\u202F»',
    grip: 'Glisser pour déplacer',
    stepDuration: 'Durée, en minutes',
  },
  /** « Mes ateliers » on /atelier/: the ateliers kept in this browser, and what a link opened over one asks. */
  atelierKept: {
    /** A new atelier's name until it is renamed. */
    defaultName: 'Atelier du {date}',
    listTitle: 'Mes ateliers',
    privacy:
      'Vos ateliers sont gardés dans ce navigateur seulement (son «\u202Fstockage local\u202F»)\u202F: ils ne sont envoyés à personne et n’apparaissent pas sur vos autres appareils. Pour retrouver un atelier ailleurs, ou le donner à quelqu’un, partagez son lien. Vider les données du site dans votre navigateur les efface.',
    none: 'Aucun atelier gardé dans ce navigateur pour l’instant.',
    methods: '{n} fiches',
    methodsOne: '1 fiche',
    methodsNone: 'aucune fiche',
    modified: 'modifié le {date} à {time}',
    shown: 'affiché ci-dessus',
    open: 'Ouvrir',
    rename: 'Renommer',
    duplicate: 'Dupliquer',
    delete: 'Supprimer',
    newAtelier: 'Commencer un nouvel atelier',
    renameField: 'Nouveau nom de l’atelier',
    renameSave: 'Enregistrer',
    renameCancel: 'Annuler',
    renamed: 'Atelier renommé «\u202F{name}\u202F».',
    copyName: '{name} (copie)',
    duplicated: 'Copie créée\u202F: «\u202F{name}\u202F», en tête de la liste.',
    confirmDelete:
      'Supprimer l’atelier «\u202F{name}\u202F» de ce navigateur\u202F? Un lien déjà partagé le redonnera toujours.',
    deleted: 'Atelier «\u202F{name}\u202F» supprimé.',
    /** A link's atelier shown without being kept. */
    notKept:
      'Cet atelier vient d’un lien\u202F: il n’est pas gardé dans ce navigateur, et vos modifications ne restent que dans l’adresse de la page.',
    keep: 'Garder cet atelier',
    kept: 'Atelier gardé dans ce navigateur\u202F: «\u202F{name}\u202F», dans «\u202FMes ateliers\u202F».',
    keepFailed:
      'Ce navigateur refuse de garder des données pour ce site\u202F: l’atelier reste dans l’adresse de la page.',
    changedElsewhere: 'Cet atelier a été modifié dans un autre onglet.',
    deletedElsewhere: 'Cet atelier a été supprimé dans un autre onglet.',
    showLatest: 'Afficher sa dernière version',
    /** The dialog a link opens while an atelier is in progress. */
    askTitle: 'Vous avez déjà un atelier en cours',
    askText:
      'Votre atelier «\u202F{name}\u202F» compte {current}. Le lien que vous ouvrez en apporte un autre, de {incoming}. Que voulez-vous en faire\u202F?',
    replace: 'Remplacer',
    replaceHelp: 'l’atelier en cours prend le contenu du lien\u202F; son ancien contenu est perdu.',
    append: 'Ajouter à la suite',
    appendHelp:
      'les activités du lien s’ajoutent après celles de l’atelier en cours, qui garde ses réglages.',
    separate: 'Nouvel atelier',
    separateHelp: 'le lien devient un atelier à part, et l’atelier en cours reste tel quel.',
    later: 'Voir sans garder',
    laterHelp: 'ou touche Échap\u202F: rien ne change dans vos ateliers.',
    replaced: 'L’atelier «\u202F{name}\u202F» a pris le contenu du lien.',
    appended:
      'Les activités du lien ont été ajoutées à la suite de l’atelier «\u202F{name}\u202F».',
    separated: 'Le lien est devenu un nouvel atelier\u202F: «\u202F{name}\u202F».',
  },
  /** A printed canvas (src/components/methods/Canvas.astro) and its page. */
  canvas: {
    sheetOf: 'Feuille {n} sur {total}',
    wall: 'Affichez les deux feuilles l’une sous l’autre.',
    neutralLine: 'neutre',
    kicker: 'Support à imprimer · {paper}, {pages}',
    pageOne: 'une page',
    pages: '{n} pages',
    /** At the foot of each printed sheet: where the canvas and its sheet live online. */
    footer:
      '{site} · Support de la fiche «\u202F{title}\u202F», à imprimer en {paper}\u202F: {canvasUrl} · Déroulé et conseils\u202F: {methodUrl}',
    /** At the foot of the last sheet. */
    sources: 'D’après\u202F: {sources}.',
  },
  /** A canvas's page, one per paper it supports (src/components/methods/CanvasPage.astro). */
  canvasPage: {
    title: 'Support à imprimer en {paper} — {method}',
    description:
      'Le support de la méthode «\u202F{method}\u202F» à imprimer en {paper}\u202F: ses zones et la question à poser au groupe pour chacune.',
    crumb: 'Support à imprimer',
    print: 'Imprimer le support ({paper})',
    methodLink: 'Déroulé et conseils\u202F: la fiche «\u202F{method}\u202F»',
    papers: 'Formats du support',
    forNotes: 'pour le mur, avec des post-it',
    forPen: 'à remplir au stylo, trop petit pour des post-it',
    penNotice:
      'Ce format est fait pour l’imprimante du bureau et pour remplir au stylo\u202F: ses zones sont trop petites pour des post-it. Pour le mur, imprimez en {paper}.',
  },
  admin: {
    title: 'Éditeur de contenu',
    loading: 'Chargement de l’éditeur de contenu…',
    needsJavaScript: 'L’éditeur de contenu a besoin de JavaScript.',
    unconfigured:
      'L’éditeur en ligne n’est pas encore configuré pour ce site\u202F: le laboratoire doit renseigner son dépôt et son application OAuth dans content/site.yaml (voir le guide CONTRIBUTING.md). En attendant, proposez vos modifications sur la forge.',
    failed: 'L’éditeur n’a pas pu démarrer\u202F: {error}',
    /** A file the editor loads is missing (shown after failed). */
    missingFile: '{src} introuvable',
  },
  /** The page left at a redirection's old address (src/build/redirect-pages.ts). */
  redirect: {
    title: 'Page déplacée',
    text: 'Cette page a changé d’adresse\u202F: {link}.',
  },
  /** The site's identity and the library's phone layout (issue 22: phases, wordmark, home page). */
  identity: {
    /** Before a sheet's phases, at the top of its page. */
    methodKicker: 'Fiche méthode',
    /** The home page's first screen: what the site is, then its two ways in. */
    homeIntro:
      'Ce qu’est le laboratoire, ses projets, et une bibliothèque de {n} fiches de méthode pour préparer et animer un atelier avec des agent·e·s et des usager·ère·s.',
    findMethod: 'Trouver une méthode',
    prepareAtelier: 'Préparer un atelier',
  },
  /** The home page (/) below its first screen: its ways into the site, then the parcours. */
  homePage: {
    title: '{site}, laboratoire d’innovation publique de Bretagne',
    start: 'Par où commencer\u202F?',
    lab: 'Le Ti Lab',
    labText:
      'Sa démarche, les principes tirés de sa présentation, les cinq types d’objectifs de ses projets, son budget de 2022.',
    methods: 'Les méthodes',
    methodsText:
      '{n} fiches pour préparer et animer un atelier, à filtrer selon le temps et le groupe dont vous disposez.',
    projects: 'Les projets',
    projectsText: '{n} projets documentés par des sources publiques.',
    search: 'Rechercher',
    searchText: 'Trouver une méthode ou un projet avec vos propres mots.',
    parcours: 'Des parcours pour votre situation',
  },
  library: {
    title: 'Bibliothèque de méthodes',
    description:
      'Une bibliothèque de méthodes d’innovation publique écrite pour les agent·e·s\u202F: cadrer, explorer, imaginer, expérimenter, évaluer, animer\u202F; une fiche par méthode, à lire en atelier et à imprimer.',
    intro:
      '{n} fiches pour préparer et animer un atelier, de l’exploration à l’évaluation des expérimentations. Chaque fiche s’imprime en fiche d’atelier sur une feuille A4, recto verso au plus.',
    /** The same, once some sheets have a canvas; {formats} is a list of canvasFormat. */
    introCanvases:
      '{n} fiches pour préparer et animer un atelier, de l’exploration à l’évaluation des expérimentations. Chaque fiche s’imprime en fiche d’atelier sur une feuille A4, recto verso au plus, et {canvases} méthodes ont un support à remplir en groupe, à imprimer {formats}.',
    canvasFormat: 'en {format}',
    /** The control that folds the library's filters. */
    filter: 'Filtrer',
    /** After it, once filters are chosen: what is shown, then « | », then what is only spoken. */
    filterChosenOne: '\u00a0·\u00a01| filtre choisi',
    filterChosenMany: '\u00a0·\u00a0{n}| filtres choisis',
    /** The folded list of parcours, with their number. */
    parcours: 'Parcours\u202F: par où commencer ({n})',
    /** A situation typed in words sets the filters below (the search's reader, src/lib/search-situation.ts). */
    situationLabel: 'Votre situation',
    situationHelp:
      'Par exemple «\u202F1\u00a0h\u00a030 pour 20 personnes\u202F» ou «\u202F45 minutes à distance\u202F»\u202F: la durée, le groupe, la modalité et la phase se règlent ci-dessous.',
    situationApply: 'Régler les filtres',
    /** Nothing of a situation found in what was typed. */
    situationNone:
      'Aucune durée, taille de groupe, modalité ni phase reconnue dans «\u202F{text}\u202F».',
    /** Words left once the situation is read: the library has no text filter, the search has. */
    situationWords: 'La bibliothèque ne filtre pas par mots\u202F:',
    situationSearch: 'chercher «\u202F{words}\u202F» sur le site',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'La page demandée n’existe pas ou a changé d’adresse.',
    home: 'Revenir à l’accueil',
    sitemap: 'Consulter le plan du site',
  },
  /** BaseLayout: the feed every page announces. */
  layout: {
    projectsFeed: 'Projets du {site}',
  },
  /** The date and the edit link under an entry (EditInfo). */
  editInfo: {
    updated: 'Mis à jour le',
    propose: 'Proposer une modification de cette page',
  },
  /** A list's filter form (FacetFilters). */
  filters: {
    anyValue: 'Toutes',
    reset: 'Effacer les filtres',
  },
  methodFilters,
  projectFilters,
  /** A method sheet's page (/methodes/<id>/). */
  methodPage: {
    onlineAt: 'Fiche complète en ligne\u202F: {url}',
    canvasAt: 'Support à imprimer ({paper})\u202F: {url}',
    print: 'Imprimer la fiche',
    printComplete: 'Imprimer la fiche complète',
    printCanvas: 'Imprimer le support ({format})',
    completeNote:
      'Cette adresse imprime la fiche complète\u202F: lancez l’impression depuis votre navigateur.',
    facts: 'En bref',
    aliases: 'Aussi appelée\u202F: {names}',
    related: 'Méthodes liées',
    parcours: 'Parcours qui utilisent cette méthode',
    projects: 'Projets dont les sources nomment une méthode proche',
    booklet: 'Livret de toutes les fiches',
    reviewed: 'Dernière relecture de la fiche\u202F:',
  },
  /** The library's booklet (/methodes/livret/) and its sheets (BookletSheet). */
  booklet: {
    title: 'Livret des méthodes',
    description:
      'Toutes les fiches de la bibliothèque de méthodes de ce site réunies pour l’impression\u202F: un sommaire, puis une fiche par page A4.',
    intro:
      'Ce livret réunit les {n} fiches pour les imprimer d’un coup\u202F: un sommaire, puis une fiche par page A4.',
    whole: 'Voir tout le livret',
    print: 'Imprimer le livret',
    contents: 'Sommaire',
    inParcours: 'Dans ce parcours\u202F:',
  },
  bookletSelection,
  /** A parcours's page (/parcours/<id>/) and its booklet (/parcours/<id>/livret/). */
  parcours: {
    kicker: 'Parcours · {n} étapes',
    steps: 'Les étapes',
    booklet: 'Imprimer les fiches de ce parcours (livret)',
    adapt: 'Adapter ce parcours à mon atelier',
    adaptNote: '(durées, pauses, horaires)',
    kickerSessions: 'Parcours · {n} étapes en {sessions}\u00A0séances',
    bookletTitle: 'Livret du parcours «\u202F{title}\u202F»',
    bookletDescription:
      'Les fiches du parcours «\u202F{title}\u202F» réunies pour l’impression, dans l’ordre des étapes.',
    bookletCrumb: 'Livret',
    bookletIntro:
      'Les {n} fiches de ce parcours, pour les imprimer d’un coup\u202F: le parcours et ses étapes, puis chaque fiche à partir d’une nouvelle page A4.',
    bookletIntroCanvas:
      'Les {n} fiches de ce parcours, pour les imprimer d’un coup\u202F: le parcours et ses étapes, puis chaque fiche à partir d’une nouvelle page A4, et le support à remplir en atelier, sur une page de son format.',
    bookletIntroCanvases:
      'Les {n} fiches de ce parcours, pour les imprimer d’un coup\u202F: le parcours et ses étapes, puis chaque fiche à partir d’une nouvelle page A4, et les {canvases} supports à remplir en atelier, chacun sur une page de son format.',
  },
  /** /projets/ and a project's page. */
  projects: {
    description:
      'Les projets auxquels le Ti Lab a pris part, documentés par des sources publiques, du plus récent au plus ancien.',
    intro:
      '{n} projets auxquels le Ti Lab a pris part, tels que les décrivent des sources publiques, du plus récent au plus ancien. Chaque fiche cite ses sources.',
    feed: 'Suivre les nouveaux projets (flux RSS)',
  },
  project: {
    years: 'Années',
    yearsSpan: '{start} – {end}',
    yearsOngoing: '{start} – en cours',
    yearsDocumented: '{start} – {end} (dernière année documentée)',
    status: 'Statut',
    territory: 'Territoire',
    objective: 'Type d’objectif (lecture de ce site)',
    publics: 'Publics',
    budget: 'Budget',
    budgetAmount: '{amount} (source\u202F: {source})',
    results: 'Résultats',
    methods: 'Fiches de ce site proches des méthodes nommées par les sources',
    noMethods: 'Les sources publiques ne précisent pas les méthodes employées.',
  },
  /** /partenaires/; its title also heads a project's partners. */
  partners: {
    title: 'Partenaires et organismes cités',
    description:
      'Les partenaires du Ti Lab et les organismes que citent des sources publiques, par type, avec ce que chaque source dit de leur rôle et les projets de ce site qui les citent.',
    intro:
      '«\u202FLe Ti Lab n’intervient jamais seul. Il coopère avec de nombreux partenaires\u202F», dit sa présentation, qui en donne la liste sous forme d’image. Voici les organismes que nomment des sources publiques, avec ce que chacune dit de leur rôle\u202F: certains sont des partenaires du laboratoire, d’autres des organismes que le programme LabAccès voulait réunir.',
    territory: 'Territoire\u202F:',
    projects: 'Projets\u202F:',
  },
  /** /plan-du-site/; the sections' names are the menu's (nav) and the footer's. */
  sitemap: {
    description: 'Toutes les pages du site du Ti Lab.',
    booklet: 'Livret imprimable',
    parcours: 'Parcours',
  },
  /** /recherche/ around its form (the form's own strings are search's). */
  searchPage: {
    description: 'Rechercher une méthode, un projet, un parcours ou une page du site du Ti Lab.',
  },
  /** /donnees/: the datasets and their fields. */
  openData: {
    description:
      'Les méthodes, leurs supports à imprimer, les projets et les partenaires publiés sur ce site, en JSON, avec leur licence et la description de chaque champ.',
    intro:
      'Les contenus de la bibliothèque sont publiés en JSON pour que d’autres laboratoires et outils puissent les réutiliser.',
    /** After the licence's name. */
    licenceUse:
      ', qui en permet la réutilisation libre, en citant la source et la date de mise à jour.',
    /** {schema} and {records} are the files' keys, shown as code. */
    fileContents:
      'Chaque fichier contient sa licence, le schéma JSON d’un enregistrement ({schema}) et les enregistrements ({records}), chacun avec son identifiant et son adresse sur le site.',
    download: 'Télécharger',
    fieldsLabel: 'Champs\u202F: {dataset}',
    fieldsCaption: 'Champs d’un enregistrement\u202F: {dataset}',
    field: 'Champ',
    type: 'Type',
    fieldDescription: 'Description',
    required: 'Obligatoire',
    yes: 'oui',
    no: 'non',
    /** A field's type, from its JSON Schema. */
    types: {
      oneOf: 'une valeur parmi\u202F: {values}',
      listOf: 'liste de valeurs parmi\u202F: {values}',
      objects: 'liste d’objets',
      texts: 'liste de textes',
      string: 'texte',
      integer: 'nombre entier',
      number: 'nombre',
      boolean: 'vrai ou faux',
      object: 'objet',
      other: 'valeur',
    },
  },
  /** The lab's pages (/le-ti-lab/…) and their sections. */
  lab: {
    subnav: 'Rubrique Le Ti Lab',
    operating: 'Fonctionnement en {year}\u202F: {amount}',
    operatingIncludes: '{split}. Cette enveloppe comprend\u202F:',
    projectsBudget: 'Budget projets en {year}',
    projectsAmounts:
      '{calls} sur les appels à projets, et {withTerritories} une fois intégrée la part contributive des territoires impliqués.',
    leverage: 'L’effet de levier',
    leverageText:
      'Selon sa présentation, en {operatingYear}, 1 € investi dans le fonctionnement du Ti Lab a permis de mobiliser {total} € sur les projets portés par le laboratoire sur l’année {projectsYear}\u202F: {calls} € d’appels à projets et {territories} € sur les territoires.',
    budgetCaption:
      'Budgets du Ti Lab en {year}, en euros. Les montants exacts figurent dans le tableau ci-dessous.',
    budgetTable: 'Budgets du Ti Lab en {year}',
    budgetItem: 'Poste',
    /** The chart's bars: full labels for the table, short ones beside the bars. */
    budgetOperating: 'Budget de fonctionnement {year}',
    budgetOperatingShort: 'Fonctionnement',
    budgetCalls: 'Budget projets {year}\u202F: appels à projets',
    budgetCallsShort: 'Projets\u202F: appels à projets',
    budgetWithTerritories: 'Budget projets {year} avec la part contributive des territoires',
    budgetWithTerritoriesShort: 'Projets avec les territoires',
    budgetAmount: 'Montant',
    objectiveProjects: 'Projets que ce site y range',
    objectiveNoProjects: 'Aucun projet documenté sur ce site pour l’instant.',
    rulesTitle: 'Les règles, sous forme d’image',
    rulesText:
      'La présentation du Ti Lab contient aussi une image consacrée à ses règles, dont le texte n’est pas disponible\u202F: ce site ne le reproduit pas.',
    legalTitle: 'Éditeur et hébergeur',
    legalPublisher: 'Éditeur',
    legalDirector: 'Directeur·rice de la publication',
    legalHost: 'Hébergeur',
    legalHostAddress: 'Adresse de l’hébergeur',
    legalHostPhone: 'Téléphone de l’hébergeur',
    legalContact: 'Contact (accessibilité, données personnelles)',
  },
} as const;
