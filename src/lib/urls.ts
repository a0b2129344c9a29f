/** Canonical addresses of the site, in one place (see shared/DESIGN.md). */
export const paths = {
  home: '/',
  lab: '/le-ti-lab/',
  objectives: '/le-ti-lab/objectifs/',
  methods: '/methodes/',
  booklet: '/methodes/livret/',
  projects: '/projets/',
  projectsFeed: '/projets/rss.xml',
  partners: '/partenaires/',
  search: '/recherche/',
  openData: '/donnees/',
  legal: '/mentions-legales/',
  accessibility: '/accessibilite/',
  privacy: '/donnees-personnelles/',
  sitemap: '/plan-du-site/',
  ecodesign: '/eco-conception/',
  method: (id: string) => `/methodes/${id}/`,
  /** A sheet's printable canvas (issue 14, item 2). */
  methodSupport: (id: string) => `/methodes/${id}/support/`,
  parcours: (id: string) => `/parcours/${id}/`,
  parcoursBooklet: (id: string) => `/parcours/${id}/livret/`,
  project: (id: string) => `/projets/${id}/`,
  page: (id: string) => `/${id}/`,
} as const;

export const licenceUrl = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';
