import { getCollection, type CollectionEntry } from 'astro:content';
import { typesetData } from './page-data/typeset-data.ts';

// Pages get their data here: each collection read once per build, sorted once, typeset once.
// Open data (src/pages/donnees/) reads the collections itself: its files keep the editors' text.

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
const byFrenchTitle = (a: { data: { titre: string } }, b: { data: { titre: string } }) =>
  collator.compare(a.data.titre, b.data.titre);

/**
 * Reads and sorts a collection once per build: many pages ask for the same
 * sorted list (at 5,000 sheets, sorting again for each was seconds of build time).
 * In `astro dev` content changes while the server runs, so nothing is kept.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= load()) : load());
}

/**
 * Entries with their data typeset (French punctuation), after sorting on the editors' text so that
 * typography never changes the order. The other fields are kept: `render(entry)` still works.
 */
const typesetEntries = <E extends { data: unknown }>(entries: E[]): E[] =>
  entries.map((entry) => ({ ...entry, data: typesetData(entry.data) }));

export type Method = CollectionEntry<'methodes'>;
export type Project = CollectionEntry<'projets'>;
export type Partner = CollectionEntry<'partenaires'>;
export type Parcours = CollectionEntry<'parcours'>;
export type LabPage = CollectionEntry<'pages'>;
export type Canvas = CollectionEntry<'supports'>;

export const getMethods = once(async (): Promise<Method[]> =>
  typesetEntries((await getCollection('methodes')).sort(byFrenchTitle)),
);

/** Sheets by id, for the pages that look one up (a canvas names its sheet). */
export const getMethodsById = once(
  async (): Promise<Map<string, Method>> => new Map((await getMethods()).map((m) => [m.id, m])),
);

/** Case studies, newest first, then by title. */
export const getProjects = once(async (): Promise<Project[]> =>
  typesetEntries(
    (await getCollection('projets')).sort(
      (a, b) => b.data.debut - a.data.debut || byFrenchTitle(a, b),
    ),
  ),
);

export const getPartners = once(async (): Promise<Partner[]> =>
  typesetEntries(
    (await getCollection('partenaires')).sort((a, b) => collator.compare(a.data.nom, b.data.nom)),
  ),
);

export const getParcours = once(async (): Promise<Parcours[]> =>
  typesetEntries((await getCollection('parcours')).sort(byFrenchTitle)),
);

export const getPrinciples = once(async () =>
  typesetEntries((await getCollection('principes')).sort((a, b) => a.data.ordre - b.data.ordre)),
);

/** Key figures, most recent year first. */
export const getFigures = once(async () =>
  typesetEntries((await getCollection('chiffres')).sort((a, b) => b.data.annee - a.data.annee)),
);

export const getLabPages = once(async (): Promise<LabPage[]> =>
  typesetEntries(await getCollection('pages')),
);

/** One lab page by id (the home page's text is the page « accueil »). */
export async function getLabPage(id: string): Promise<LabPage | undefined> {
  return (await getLabPages()).find((page) => page.id === id);
}

/** Printable canvases, by the id of the sheet they belong to (a canvas has its sheet's id). */
export const getCanvasesByMethod = once(
  async (): Promise<Map<string, Canvas>> =>
    new Map(typesetEntries(await getCollection('supports')).map((canvas) => [canvas.id, canvas])),
);
