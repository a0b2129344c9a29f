/** Canonical addresses of the site, in one place (see shared/DESIGN.md). */
export const paths = {
  home: '/',
  lab: '/le-ti-lab/',
  objectives: '/le-ti-lab/objectifs/',
  methods: '/methodes/',
  booklet: '/methodes/livret/',
  atelier: '/atelier/',
  projects: '/projets/',
  projectsFeed: '/projets/rss.xml',
  partners: '/partenaires/',
  search: '/recherche/',
  openData: '/donnees/',
  /** A dataset of the open data (src/pages/donnees/[dataset].json.ts). */
  openDataFile: (name: string) => `/donnees/${name}.json`,
  /** For AI assistants (llmstxt.org): the index, and every sheet in full. */
  llmsIndex: '/llms.txt',
  llmsFull: '/llms-full.txt',
  /** A page's Markdown copy: its address, the final slash replaced by .md (src/lib/markdown-copy.ts). */
  markdownCopy: (pagePath: string) =>
    pagePath === '/' ? '/index.md' : `${pagePath.replace(/\/$/, '')}.md`,
  legal: '/mentions-legales/',
  accessibility: '/accessibilite/',
  privacy: '/donnees-personnelles/',
  sitemap: '/plan-du-site/',
  ecodesign: '/eco-conception/',
  /** The lab's own logo, when content/site.yaml names one (src/pages/logo/[file].ts). */
  labLogo: (file: string) => `/logo/${file}`,
  /** The site's pictograms, one SVG symbol each (src/pages/pictogrammes.svg.ts). */
  pictograms: '/pictogrammes.svg',
  /** The browser editor (not listed anywhere public, not indexed: src/pages/admin/). */
  admin: '/admin/',
  method: (id: string) => `/methodes/${id}/`,
  /** A sheet's printable canvas (issue 14, item 2). */
  methodCanvas: (id: string) => `/methodes/${id}/support/`,
  /** The QR code of a sheet's public address, printed on its card (fetched only for paper). */
  methodQrCode: (id: string) => `/methodes/${id}/code-qr.svg`,
  /** The same canvas on another paper it supports (`autres_formats`), e.g. « a4-paysage ». */
  methodCanvasOn: (id: string, paper: string) => `/methodes/${id}/support/${paper}/`,
  /** What the workshop planner needs to know about a sheet (src/lib/atelier/method-facts.ts). */
  atelierMethodFacts: (id: string) => `/atelier/fiches/${id}.json`,
  /** « Animer la séance »: the session run step by step, with a countdown. */
  atelierRun: '/atelier/animer/',
  /** What the running page shows of a sheet (src/lib/atelier/run-facts.ts). */
  atelierRunFacts: (id: string) => `/atelier/animer/fiches/${id}.json`,
  parcours: (id: string) => `/parcours/${id}/`,
  parcoursBooklet: (id: string) => `/parcours/${id}/livret/`,
  project: (id: string) => `/projets/${id}/`,
  page: (id: string) => `/${id}/`,
} as const;

/** Files of the browser editor, under /admin/: Decap CMS's bundle (copied from node_modules) and its generated configuration. */
export const adminFiles = {
  decapFolder: '/admin/decap/',
  decapScript: '/admin/decap/decap-cms.js',
  config: '/admin/config.json',
  /** The local server's API (decap-server), on the editor's own origin: `npm run editeur`, tests. */
  localApi: '/api/v1/',
} as const;
