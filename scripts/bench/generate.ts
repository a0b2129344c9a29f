import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { methodFacets } from '../../src/lib/facets/method-facets.ts';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { objectiveIds } from '../../src/vocabulary/objectives.ts';

// The benchmark's synthetic content, in French words of the field so that Pagefind indexes text
// shaped like the real one (accents, apostrophes, word lengths). Each entry draws from its own seed
// and only points to entries numbered below it: entry i is the same whatever N ≥ i.

const vocabulary = {
  determiner: 'le la les un une des chaque notre cette leur plusieurs quelques',
  noun: 'atelier usager agent service démarche équipe projet prototype entretien parcours besoin idée carte synthèse hypothèse question terrain guichet dossier formulaire courrier accueil collectif territoire commune association élu partenaire calendrier budget restitution observation verbatim persona scénario maquette test indicateur expérimentation décision séance groupe consigne support tableau mur gommette récit document retour difficulté règle délai procédure politique public habitant bénévole instructeur animateur usage échange vote priorité piste solution étape lieu outil méthode',
  adjective:
    'partagé concret collectif public local régional rapide simple ouvert fragile clair commun nouveau utile court précis visible accessible numérique papier prioritaire provisoire réel fictif attentif bienveillant transversal complet imprévu discret',
  verb: 'observe prépare anime reformule teste dessine rassemble compare choisit décrit écoute note présente questionne affiche regroupe classe relit imagine ajuste mesure documente partage invite organise vérifie simplifie raconte priorise explore',
  linker: 'avec pour dans sans selon entre avant après auprès_de autour_de grâce_à d’après',
  opener:
    'Ensuite, Puis Enfin, D’abord, Souvent, Parfois, Ainsi, En_atelier, Sur_le_terrain, Au_besoin,',
  step: 'Accueillir Présenter Observer Noter Regrouper Choisir Tester Reformuler Restituer Décider Dessiner Comparer',
  place:
    'Bretagne Finistère Côtes-d’Armor Morbihan Ille-et-Vilaine Rennes Brest Lorient Saint-Brieuc Vannes Quimper',
  audience:
    'jeunes familles agent·e·s associations demandeur·euse·s_d’emploi personnes_âgées étudiant·e·s élu·e·s entreprises',
};
const words = Object.fromEntries(
  Object.entries(vocabulary).map(([kind, list]) => [
    kind,
    list.split(' ').map((w) => w.replaceAll('_', ' ')),
  ]),
) as Record<keyof typeof vocabulary, string[]>;
const word = (random: Random, kind: keyof typeof vocabulary) => random.pick(words[kind]);

/** A seeded generator (mulberry32, seeded by an FNV-1a hash of a text): the same text, the same draws. */
function randomFrom(text: string) {
  let state = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), 0x01000193);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const sample = <T>(items: readonly T[], count: number) => {
    const pool = [...items];
    return Array.from(
      { length: Math.min(count, pool.length) },
      () => pool.splice(int(0, pool.length - 1), 1)[0]!,
    );
  };
  return { next, int, pick, sample };
}
type Random = ReturnType<typeof randomFrom>;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const nounGroup = (random: Random) =>
  [word(random, 'determiner'), word(random, 'noun')]
    .concat(random.next() < 0.5 ? [word(random, 'adjective')] : [])
    .join(' ');

/** One French-looking sentence of `min` words or more. */
function sentence(random: Random, min = 8): string {
  const parts = random.next() < 0.25 ? [word(random, 'opener')] : [];
  parts.push(nounGroup(random), word(random, 'verb'), nounGroup(random));
  while (parts.join(' ').split(' ').length < min)
    parts.push(word(random, 'linker'), nounGroup(random));
  return `${capitalize(parts.join(' '))}.`;
}

function paragraph(random: Random, wordCount: number): string {
  const sentences: string[] = [];
  while (sentences.join(' ').split(' ').length < wordCount)
    sentences.push(sentence(random, random.int(8, 16)));
  return sentences.join(' ');
}

/** One case study for this many method sheets. */
export const methodsPerProject = 5;

/** What the synthetic entries may point to in the real content. */
type RealContent = { methods: { id: string; titre: string }[]; partners: string[] };
/** A file to write, by its path under the content root. */
type GeneratedFile = { path: string; text: string };

const pad = (i: number) => String(i).padStart(5, '0');
export const syntheticMethodId = (i: number) => `fiche-synthetique-${pad(i)}`;
const syntheticProjectId = (j: number) => `projet-synthetique-${pad(j)}`;

const markdownFile = (data: Record<string, unknown>, body: string[]) =>
  `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.join('\n\n')}\n`;
const shorten = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`;
const list = (random: Random, min: number, max: number) =>
  Array.from({ length: random.int(min, max) }, () => sentence(random, 6));
const source = (path: string, titre: string) => [
  { titre, url: `https://example.org/tilab-bench/${path}/` },
];

/** A value for every facet of the registry, so that a facet added later is generated too. */
function facetValues(random: Random): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const facet of methodFacets) {
    if (facet.kind === 'range') {
      const min = facet.floor * random.int(1, 8);
      values[facet.key] = { min, max: min + facet.floor * random.int(0, 8) };
      continue;
    }
    const ids = facet.options.map((o) => o.id);
    const value = facet.multiple ? random.sample(ids, random.int(1, 2)) : random.pick(ids);
    values[facet.key] = value;
    const detail = 'detail' in facet ? facet.detail : undefined;
    if (
      detail &&
      ![value].flat().every((v) => (detail.unlessValue as readonly string[]).includes(v))
    )
      values[detail.key] = sentence(random, 20);
  }
  return values;
}

/** Method sheet number i (from 1); its text links to a real sheet, as real sheets do. */
function methodSheet(i: number, real: RealContent): GeneratedFile {
  const random = randomFrom(`methode-${i}`);
  const id = syntheticMethodId(i);
  const linked = random.pick(real.methods);
  const earlier = Array.from({ length: Math.min(i - 1, 3) }, (_, k) =>
    syntheticMethodId(i - 1 - k),
  );
  const data = {
    titre: `${capitalize(word(random, 'noun'))} ${word(random, 'adjective')} ${pad(i)}`,
    resume: shorten(sentence(random, 18), 230),
    ...facetValues(random),
    materiel: list(random, 2, 4),
    preparation: list(random, 2, 3),
    conseils: list(random, 2, 4),
    pieges: list(random, 2, 3),
    administration: list(random, 1, 3),
    // Only synthetic sheets: a real sheet shows its backlinks, and must stay as on the real site.
    methodes_liees: random.sample(earlier, random.int(0, earlier.length)),
    sources: source(`methodes/${id}`, `Source synthétique ${pad(i)}`),
    derniere_revue: new Date(Date.UTC(2024, 0, 1 + random.int(0, 700))).toISOString().slice(0, 10),
  };
  const steps = Array.from(
    { length: random.int(5, 7) },
    (_, k) =>
      `${k + 1}. **${word(random, 'step')} (${random.pick([5, 10, 15, 20, 30])} min).** ${paragraph(random, 14)}`,
  );
  const body = [
    '## À quoi ça sert',
    paragraph(random, 55),
    `${paragraph(random, 35)} Voir aussi la fiche [${linked.titre}](/methodes/${linked.id}/).`,
    '## Déroulé',
    steps.join('\n'),
    '## Exemple',
    `*Exemple fictif.* ${paragraph(random, 60)}`,
  ];
  return { path: `${collectionSpecs.methodes.folder}/${id}.md`, text: markdownFile(data, body) };
}

/** Case study number j (from 1): it exists from N = 5j on, so it only cites sheets up to 5j. */
function caseStudy(j: number, real: RealContent): GeneratedFile {
  const random = randomFrom(`projet-${j}`);
  const id = syntheticProjectId(j);
  const statut = random.pick(['en-cours', 'termine', 'non-precise'] as const);
  const debut = random.int(2017, 2025);
  const methodNumbers = Array.from({ length: methodsPerProject * j }, (_, k) => k + 1);
  const data = {
    titre: `Projet ${word(random, 'noun')} ${word(random, 'adjective')} ${pad(j)}`,
    resume: shorten(paragraph(random, 25), 290),
    objectif: random.pick(objectiveIds),
    debut,
    ...(statut === 'termine' ? { fin: Math.min(debut + random.int(0, 2), 2026) } : {}),
    statut,
    territoire: word(random, 'place'),
    publics: random.sample(words.audience, random.int(1, 2)),
    partenaires: random.sample(real.partners, random.int(0, 2)),
    methodes: random.sample(methodNumbers, random.int(1, 3)).map(syntheticMethodId),
    resultats: list(random, 1, 2),
    sources: source(`projets/${id}`, `Source synthétique du projet ${pad(j)}`),
    exemple: true,
  };
  const unknowns = list(random, 3, 4).map((item) => `- ${item}`);
  const body = [
    '## Le projet',
    paragraph(random, 60),
    paragraph(random, 45),
    '## Ce que l’on ne sait pas encore',
    unknowns.join('\n'),
  ];
  return { path: `${collectionSpecs.projets.folder}/${id}.md`, text: markdownFile(data, body) };
}

/** N method sheets and N/5 case studies, the same for the same N and the same real content. */
export function syntheticEntries(n: number, real: RealContent): GeneratedFile[] {
  const projects = Math.floor(n / methodsPerProject);
  return [
    ...Array.from({ length: n }, (_, i) => methodSheet(i + 1, real)),
    ...Array.from({ length: projects }, (_, j) => caseStudy(j + 1, real)),
  ];
}

/** The ids and titles the synthetic entries may point to, read from a content folder. */
export function readRealContent(contentDir: string): RealContent {
  const { entries } = checkContent(contentDir);
  const ids = (collection: string) =>
    entries.filter((e) => e.collection === collection).sort((a, b) => a.id.localeCompare(b.id));
  return {
    methods: ids('methodes').map((e) => ({ id: e.id, titre: String(e.data.titre) })),
    partners: ids('partenaires').map((e) => e.id),
  };
}

/** Copies the real content to `targetDir` and adds the synthetic entries; returns how many of each. */
export function writeBenchContent(
  sourceDir: string,
  targetDir: string,
  n: number,
  real = readRealContent(sourceDir),
): { methods: number; projects: number } {
  cpSync(sourceDir, targetDir, { recursive: true });
  const files = syntheticEntries(n, real);
  for (const file of files) {
    mkdirSync(dirname(join(targetDir, file.path)), { recursive: true });
    writeFileSync(join(targetDir, file.path), file.text);
  }
  return { methods: n, projects: files.length - n };
}
