// The editorial rules of the site, beyond each file's schema: what a sheet must hold to be useful in
// a workshop, and what no page may repeat. `npm run check` and the build apply them alike.
import { yearsBeyondFacts } from './case-study-years.ts';
import type { Problem } from './problem.ts';

/** An entry as the rules read it (`npm run check` gives them its checked entries). */
export interface EditorialEntry {
  collection: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The file's line where the body starts. */
  bodyLine: number;
  /** The file's line of a frontmatter field. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The years its prose writes, with their body line, read on the tree the check parsed once (else from `body`). */
  proseYears?: Map<number, number> | undefined;
}

export const minMethodWords = 250;
export const minMethodSteps = 3;
/** Paragraphs this long or longer may not appear in two case studies. */
export const minSharedParagraphWords = 20;

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const numberedSteps = (body: string) => (body.match(/^\d+\.\s/gm) ?? []).length;
const placeholder = /\b(TODO|FIXME|TBD|lorem ipsum|à remplir|xxx)\b/i;
/** Text that templates leave for the editor to replace: reported as such, not by the rules below. */
export const templatePlaceholder = /À compléter|exemple\.fr\/a-remplacer/;

/** A paragraph as compared across pages: its words only, lower case, links reduced to their text. */
export function normaliseParagraph(paragraph: string): string {
  return paragraph
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLocaleLowerCase('fr')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The body's paragraphs with their line in the body (from 1); headings and list items apart. */
function paragraphs(body: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  let current: string[] = [];
  let start = 0;
  body.split('\n').forEach((line, index) => {
    const blank = line.trim() === '' || /^#{1,6}\s/.test(line);
    if (blank) {
      if (current.length) found.push({ text: current.join(' '), line: start + 1 });
      current = [];
    } else {
      if (!current.length) start = index;
      current.push(line);
    }
  });
  if (current.length) found.push({ text: current.join(' '), line: start + 1 });
  return found;
}

function methodRules(method: EditorialEntry): Problem[] {
  const problems: Problem[] = [];
  // A sheet still being written from the template is said so once, by its « À compléter ».
  if (templatePlaceholder.test(method.body)) return problems;
  const count = words(method.body);
  if (count < minMethodWords)
    problems.push({
      file: method.file,
      line: method.bodyLine,
      field: 'contenu',
      problem: `texte trop court pour servir en atelier (${count} mots)`,
      expected: `au moins ${minMethodWords} mots : à quoi sert la méthode, son déroulé, un exemple`,
    });
  const steps = numberedSteps(method.body);
  if (steps < minMethodSteps)
    problems.push({
      file: method.file,
      line: method.bodyLine,
      field: 'contenu',
      problem: `déroulé de ${steps} étape(s) numérotée(s)`,
      expected: `au moins ${minMethodSteps} étapes en liste numérotée (« 1. … »), avec leurs durées`,
    });
  return problems;
}

function uniqueField(entries: EditorialEntry[], field: string, what: string): Problem[] {
  const seen = new Map<string, EditorialEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const value = String(entry.data[field] ?? '').toLocaleLowerCase('fr');
    const first = seen.get(value);
    if (first)
      problems.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        problem: `${what} déjà utilisé par ${first.file}`,
        expected: `un ${what} propre à cette fiche`,
      });
    else seen.set(value, entry);
  }
  return problems;
}

/** Runs of this many words compared between paragraphs, so that a reworded copy is still found. */
const shingleWords = 5;
/** Share of a paragraph's word runs found in another's above which it counts as the same paragraph. */
export const sameParagraphShare = 0.5;

function shingles(normalised: string): Set<string> {
  const list = normalised.split(' ');
  return new Set(
    list
      .slice(0, list.length - shingleWords + 1)
      .map((_, i) => list.slice(i, i + shingleWords).join(' ')),
  );
}

/** No case study repeats another's paragraph, even reworded: each says what is known of its own project. */
function sharedParagraphs(studies: EditorialEntry[]): Problem[] {
  const earlier: { file: string; runs: Set<string> }[] = [];
  const problems: Problem[] = [];
  for (const study of studies) {
    const own: { file: string; runs: Set<string> }[] = [];
    for (const { text, line } of paragraphs(study.body)) {
      const normalised = normaliseParagraph(text);
      if (normalised.split(' ').length < minSharedParagraphWords) continue;
      const runs = shingles(normalised);
      const other = earlier.find((p) => {
        let common = 0;
        for (const run of runs) if (p.runs.has(run)) common++;
        return common / Math.min(runs.size, p.runs.size) >= sameParagraphShare;
      });
      if (other)
        problems.push({
          file: study.file,
          line: study.bodyLine + line - 1,
          field: 'contenu',
          problem: `paragraphe repris de ${other.file}`,
          expected: 'un texte propre à ce projet : ce que ses sources en disent, sans remplissage',
        });
      own.push({ file: study.file, runs });
    }
    earlier.push(...own);
  }
  return problems;
}

/** Words that invite readers to write to the lab. */
const contactPromise = /contactez-nous|nous contacter|écrivez-nous|nous écrire|nous joindre/i;

/** While content/site.yaml gives no contact, no page may invite readers to write. */
function unkeptContactPromises(entries: EditorialEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    const index = entry.body.split('\n').findIndex((line) => contactPromise.test(line));
    if (index < 0) return [];
    return [
      {
        file: entry.file,
        line: entry.bodyLine + index,
        field: 'contenu',
        problem: `invitation à écrire au laboratoire (« ${contactPromise.exec(entry.body)![0]} ») alors que content/site.yaml ne donne aucun contact`,
        expected:
          'renseigner contact_accessibilite dans content/site.yaml, ou ne pas promettre de contact',
      },
    ];
  });
}

export function checkEditorialRules(
  entries: EditorialEntry[],
  site: { hasContact: boolean } = { hasContact: true },
): Problem[] {
  const methods = entries.filter((e) => e.collection === 'methodes');
  const studies = entries.filter((e) => e.collection === 'projets' && e.data.exemple !== true);
  const problems = [
    ...methods.flatMap(methodRules),
    ...uniqueField(methods, 'titre', 'titre'),
    ...uniqueField(methods, 'resume', 'résumé'),
    ...sharedParagraphs(studies),
    ...yearsBeyondFacts(studies),
    ...(site.hasContact ? [] : unkeptContactPromises(entries)),
  ];
  for (const entry of entries) {
    const match = placeholder.exec(`${JSON.stringify(entry.data)}\n${entry.body}`);
    if (match)
      problems.push({
        file: entry.file,
        field: 'contenu',
        problem: `texte provisoire « ${match[0]} »`,
        expected: 'le texte définitif',
      });
  }
  return problems;
}
