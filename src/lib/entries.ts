import { getCollection, type CollectionEntry } from 'astro:content';

// Pages get their data here: each collection read once per build, sorted once.

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

export type Method = CollectionEntry<'methodes'>;
export type Project = CollectionEntry<'projets'>;
export type Partner = CollectionEntry<'partenaires'>;
export type Parcours = CollectionEntry<'parcours'>;
export type LabPage = CollectionEntry<'pages'>;
export type Canvas = CollectionEntry<'supports'>;

export const getMethods = once(async (): Promise<Method[]> =>
  (await getCollection('methodes')).sort(byFrenchTitle),
);

/** Sheets by id, for the pages that look one up (a canvas names its sheet). */
export const getMethodsById = once(
  async (): Promise<Map<string, Method>> => new Map((await getMethods()).map((m) => [m.id, m])),
);

/** Case studies, newest first, then by title. */
export const getProjects = once(async (): Promise<Project[]> =>
  (await getCollection('projets')).sort(
    (a, b) => b.data.debut - a.data.debut || byFrenchTitle(a, b),
  ),
);

export const getPartners = once(async (): Promise<Partner[]> =>
  (await getCollection('partenaires')).sort((a, b) => collator.compare(a.data.nom, b.data.nom)),
);

export const getParcours = once(async (): Promise<Parcours[]> =>
  (await getCollection('parcours')).sort(byFrenchTitle),
);

export const getPrinciples = once(async () =>
  (await getCollection('principes')).sort((a, b) => a.data.ordre - b.data.ordre),
);

/** Key figures, most recent year first. */
export const getFigures = once(async () =>
  (await getCollection('chiffres')).sort((a, b) => b.data.annee - a.data.annee),
);

export const getLabPages = once(async (): Promise<LabPage[]> => getCollection('pages'));

/** Printable canvases, by the id of the sheet they belong to (a canvas has its sheet's id). */
export const getCanvasesBySheet = once(
  async (): Promise<Map<string, Canvas>> =>
    new Map((await getCollection('supports')).map((canvas) => [canvas.id, canvas])),
);
