import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { difficultyIds } from '../../src/vocabulary/difficulties.ts';
import { objectiveIds } from '../../src/vocabulary/objectives.ts';
import { phaseIds } from '../../src/vocabulary/phases.ts';
import type { ChoiceFacet } from '../../src/lib/facets/facet.ts';
import { methodFacets } from '../../src/lib/facets/method-facets.ts';
import { seededRandom, seedOf, type Random } from './random.ts';
import { audiences, imperativeSteps, paragraph, places, sentence, shortName } from './words.ts';

/** One case study for this many method sheets. */
export const methodsPerProject = 5;

/** What the synthetic entries may point to in the real content. */
export interface RealContent {
  methods: { id: string; titre: string }[];
  partners: string[];
}

export interface GeneratedFile {
  /** Path under the content root. */
  path: string;
  text: string;
}

const pad = (i: number) => String(i).padStart(5, '0');
export const syntheticMethodId = (i: number) => `fiche-synthetique-${pad(i)}`;
export const syntheticProjectId = (i: number) => `projet-synthetique-${pad(i)}`;

const markdownFile = (data: Record<string, unknown>, body: string) =>
  `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
const shorten = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`;
const list = (random: Random, min: number, max: number) =>
  Array.from({ length: random.int(min, max) }, () => sentence(random, 6));
const isoDay = (offset: number) =>
  new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);

/**
 * Values for the facets a sheet's generator does not set itself (a facet added later), drawn
 * from their own seed so that the other fields stay as they were.
 */
function otherFacetValues(i: number, data: Record<string, unknown>): Record<string, unknown> {
  const random = seededRandom(seedOf(`methode-${i}-facettes`));
  const values: Record<string, unknown> = {};
  for (const facet of methodFacets) {
    if (facet.kind !== 'choice' || facet.key in data) continue;
    const ids = facet.options.map((o) => o.id);
    const value = facet.multiple ? random.sample(ids, 1) : random.pick(ids);
    values[facet.key] = value;
    const detail = (facet as ChoiceFacet).detail;
    if (detail && ![value].flat().every((v) => detail.unlessValue.includes(v)))
      values[detail.key] = sentence(random, 20);
  }
  return values;
}

/**
 * Method sheet number i (from 1). Each entry draws from its own seed and only points to
 * synthetic sheets numbered below it: entry i is the same whatever N ≥ i. Its text links to
 * a real sheet, as real sheets do.
 */
function methodSheet(i: number, real: RealContent): GeneratedFile {
  const random = seededRandom(seedOf(`methode-${i}`));
  const id = syntheticMethodId(i);
  const linked = random.pick(real.methods);
  const durationMin = random.pick([15, 30, 45, 60, 90, 120]);
  const participantsMin = random.int(1, 6);
  const earlier = Array.from({ length: Math.min(i - 1, 3) }, (_, k) =>
    syntheticMethodId(i - 1 - k),
  );
  const data = {
    titre: `${shortName(random)} ${pad(i)}`,
    resume: shorten(sentence(random, 18), 230),
    phases: random.sample(phaseIds, random.int(1, 2)),
    duree: { min: durationMin, max: durationMin + random.pick([0, 15, 30, 60]) },
    participants: { min: participantsMin, max: participantsMin + random.int(2, 12) },
    difficulte: random.pick(difficultyIds),
    materiel: list(random, 2, 4),
    preparation: list(random, 2, 3),
    conseils: list(random, 2, 4),
    pieges: list(random, 2, 3),
    administration: list(random, 1, 3),
    // Only synthetic sheets: a real sheet shows its backlinks, and must stay as on the real site.
    methodes_liees: random.sample(earlier, random.int(0, earlier.length)),
    sources: [
      {
        titre: `Source synthétique ${pad(i)}`,
        url: `https://example.org/tilab-bench/methodes/${id}/`,
      },
    ],
    derniere_revue: isoDay(random.int(0, 700)),
  };
  const steps = Array.from(
    { length: random.int(5, 7) },
    (_, k) =>
      `${k + 1}. **${random.pick(imperativeSteps)} (${random.pick([5, 10, 15, 20, 30])} min).** ${paragraph(random, 14)}`,
  );
  const body = [
    '## À quoi ça sert',
    paragraph(random, 55),
    `${paragraph(random, 35)} Voir aussi la fiche [${linked.titre}](/methodes/${linked.id}/).`,
    '## Déroulé',
    steps.join('\n'),
    '## Exemple',
    `*Exemple fictif.* ${paragraph(random, 60)}`,
  ].join('\n\n');
  return {
    path: `${collectionSpecs.methodes.folder}/${id}.md`,
    text: markdownFile({ ...data, ...otherFacetValues(i, data) }, body),
  };
}

/** Case study number j (from 1): it exists from N = 5j on, so it only cites method sheets up to 5j. */
function caseStudy(j: number, real: RealContent): GeneratedFile {
  const random = seededRandom(seedOf(`projet-${j}`));
  const id = syntheticProjectId(j);
  const statut = random.pick(['en-cours', 'termine', 'non-precise'] as const);
  const debut = random.int(2017, 2025);
  const methodNumbers = Array.from({ length: methodsPerProject * j }, (_, k) => k + 1);
  const data = {
    titre: `Projet ${shortName(random).toLowerCase()} ${pad(j)}`,
    resume: shorten(paragraph(random, 25), 290),
    objectif: random.pick(objectiveIds),
    debut,
    ...(statut === 'termine' ? { fin: Math.min(debut + random.int(0, 2), 2026) } : {}),
    statut,
    territoire: random.pick(places),
    publics: random.sample(audiences, random.int(1, 2)),
    partenaires: random.sample(real.partners, random.int(0, 2)),
    methodes: random.sample(methodNumbers, random.int(1, 3)).map(syntheticMethodId),
    resultats: list(random, 1, 2),
    sources: [
      {
        titre: `Source synthétique du projet ${pad(j)}`,
        url: `https://example.org/tilab-bench/projets/${id}/`,
      },
    ],
    exemple: true,
  };
  const unknowns = list(random, 3, 4).map((item) => `- ${item}`);
  const body = [
    '## Le projet',
    paragraph(random, 60),
    paragraph(random, 45),
    '## Ce que l’on ne sait pas encore',
    unknowns.join('\n'),
  ].join('\n\n');
  return { path: `${collectionSpecs.projets.folder}/${id}.md`, text: markdownFile(data, body) };
}

/** N method sheets and N/5 case studies, the same for the same N and the same real content. */
export function syntheticEntries(n: number, real: RealContent): GeneratedFile[] {
  const methods = Array.from({ length: n }, (_, i) => methodSheet(i + 1, real));
  const projects = Array.from({ length: Math.floor(n / methodsPerProject) }, (_, j) =>
    caseStudy(j + 1, real),
  );
  return [...methods, ...projects];
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
