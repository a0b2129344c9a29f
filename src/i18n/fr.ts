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
    licence: 'Sauf mention contraire, les contenus de ce site sont publiés sous',
    licenceName: 'Licence Ouverte 2.0',
    partners: 'Un laboratoire porté conjointement par l’État et la Région Bretagne.',
  },
  sources: 'Sources',
  toBeSupplied: 'à compléter par l’éditeur',
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
    filterNames: {
      type: 'Type de contenu',
      phase: 'Phase',
      objectif: 'Type d’objectif',
      difficulte: 'Difficulté',
    },
  },
  admin: {
    title: 'Éditeur de contenu',
    loading: 'Chargement de l’éditeur de contenu…',
    needsJavaScript: 'L’éditeur de contenu a besoin de JavaScript.',
    unconfigured:
      'L’éditeur en ligne n’est pas encore configuré pour ce site\u202F: le laboratoire doit renseigner son dépôt et son application OAuth dans content/site.yaml (voir le guide CONTRIBUTING.md). En attendant, proposez vos modifications sur la forge.',
    failed: 'L’éditeur n’a pas pu démarrer\u202F: {error}',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'La page demandée n’existe pas ou a changé d’adresse.',
  },
} as const;
