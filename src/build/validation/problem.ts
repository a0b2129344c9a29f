/** One thing wrong in the content, said so an editor can fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. content/methodes/persona.md. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The frontmatter field or part of the file concerned (« fichier », « contenu » …). */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What is expected instead. */
  expected: string;
}

/** `fichier:ligne — champ — problème — attendu`, the format of `npm run check`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} — ${p.field} — ${p.problem} — attendu : ${p.expected}`;
}
