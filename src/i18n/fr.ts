/** Every string of the site's interface, in French. Content lives in content/. */
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
    accessibility: 'Accessibilité : non conforme',
    privacy: 'Données personnelles',
    sitemap: 'Plan du site',
    ecodesign: 'Éco-conception',
    licence: 'Sauf mention contraire, les contenus de ce site sont publiés sous',
    licenceName: 'Licence Ouverte 2.0',
    partners: 'Un laboratoire porté conjointement par l’État et la Région Bretagne.',
  },
  sources: 'Sources',
  toBeSupplied: 'à compléter par l’éditeur',
  example: 'Exemple',
  exampleNotice: 'Cette fiche est un exemple rédigé pour illustrer le modèle : elle ne décrit pas un cas réel.',
  notFound: {
    title: 'Page introuvable',
    text: 'La page demandée n’existe pas ou a changé d’adresse.',
  },
} as const;
