import { getCollection, type CollectionEntry } from 'astro:content';

// Pages get their data here: each collection read once, sorted once.

const byFrenchTitle = (a: { data: { titre: string } }, b: { data: { titre: string } }) =>
  a.data.titre.localeCompare(b.data.titre, 'fr', { sensitivity: 'base' });

export type Method = CollectionEntry<'methodes'>;
export type Project = CollectionEntry<'projets'>;
export type Partner = CollectionEntry<'partenaires'>;
export type Parcours = CollectionEntry<'parcours'>;
export type LabPage = CollectionEntry<'pages'>;

export async function getMethods(): Promise<Method[]> {
  return (await getCollection('methodes')).sort(byFrenchTitle);
}

/** Case studies, newest first, then by title. */
export async function getProjects(): Promise<Project[]> {
  return (await getCollection('projets')).sort((a, b) => b.data.debut - a.data.debut || byFrenchTitle(a, b));
}

export async function getPartners(): Promise<Partner[]> {
  return (await getCollection('partenaires')).sort((a, b) => a.data.nom.localeCompare(b.data.nom, 'fr', { sensitivity: 'base' }));
}

export async function getParcours(): Promise<Parcours[]> {
  return (await getCollection('parcours')).sort(byFrenchTitle);
}

export async function getPrinciples() {
  return (await getCollection('principes')).sort((a, b) => a.data.ordre - b.data.ordre);
}

/** Key figures, most recent year first. */
export async function getFigures() {
  return (await getCollection('chiffres')).sort((a, b) => b.data.annee - a.data.annee);
}

export async function getLabPages(): Promise<LabPage[]> {
  return getCollection('pages');
}
