// French slips in a Markdown body, read on its Markdown tree (mdast): a date « 1 décembre »
// (French writes « 1er »), a quotation opened inside another with « instead of “, a word glued
// to a link, and the years a case study's text documents. Code is never read.
import type { Nodes, Parent, Root, Text } from 'mdast';
import type { BodyFinding } from './markdown-rules.ts';
import { parseMarkdownBody } from './markdown-tree.ts';

export const frenchMonths = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** « 1 décembre » (any space), but not « 21 décembre » nor « 1er décembre ». */
const firstOfMonth = new RegExp(
  `(?<![\\p{L}\\p{N}])1[ \\u00A0\\u202F]+(${frenchMonths.join('|')})(?![\\p{L}])`,
  'gu',
);
const year = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;

/** A body, as text or as the tree the content check already parsed (markdown-tree.ts). */
type Body = string | Root;
const treeOf = (body: Body): Root => (typeof body === 'string' ? parseMarkdownBody(body) : body);

/** A character of prose and the body line it is on. */
interface ProseChar {
  char: string;
  line: number;
}

/** The body's text nodes, in reading order, each with its parent and index in it. */
function textNodes(tree: Root): { node: Text; parent: Parent; index: number }[] {
  const found: { node: Text; parent: Parent; index: number }[] = [];
  const walk = (parent: Parent) =>
    parent.children.forEach((child: Nodes, index) => {
      if (child.type === 'text') found.push({ node: child, parent, index });
      else if ('children' in child) walk(child);
    });
  walk(tree);
  return found;
}

/** The characters of a node's text (code excluded), with the line each is on. */
function proseChars(node: Nodes): ProseChar[] {
  if (node.type === 'text') {
    let line = node.position?.start.line ?? 1;
    return [...node.value].map((char) => {
      const at = { char, line };
      if (char === '\n') line++;
      return at;
    });
  }
  if (node.type === 'code' || node.type === 'inlineCode' || !('children' in node)) return [];
  return node.children.flatMap((child: Nodes) => proseChars(child));
}

/** Blocks whose text reads as one run: a quotation opened in one must close in it. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);

function blocks(tree: Root): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (proseBlocks.has(node.type)) found.push(node);
    else if ('children' in node) node.children.forEach((child: Nodes) => walk(child));
  };
  walk(tree);
  return found;
}

/** « … « … » … »: French nests a quotation with “ ”, never a second pair of guillemets. */
function doubledGuillemets(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const block of blocks(tree)) {
    let depth = 0;
    for (const { char, line } of proseChars(block)) {
      if (char === '«') {
        if (depth > 0)
          findings.push({
            line,
            field: 'contenu',
            problem: 'guillemets « » ouverts à l’intérieur d’une citation déjà entre « »',
            expected: 'des guillemets anglais pour la citation intérieure : « … “…” … »',
          });
        depth++;
      } else if (char === '»') depth = Math.max(0, depth - 1);
    }
  }
  return findings;
}

function firstOfMonthDates(tree: Root): BodyFinding[] {
  return textNodes(tree).flatMap(({ node }) =>
    [...node.value.matchAll(firstOfMonth)].map((match) => ({
      line:
        (node.position?.start.line ?? 1) + node.value.slice(0, match.index).split('\n').length - 1,
      field: 'contenu',
      problem: `date écrite « 1 ${match[1]} »`,
      expected: `« 1er ${match[1]} » : le premier jour du mois s’écrit 1er`,
    })),
  );
}

/** A link's text must be a word of its own: « voir[la fiche](…) » reads « voirla fiche ». */
function gluedLinks(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const walk = (parent: Parent) =>
    parent.children.forEach((child: Nodes, index) => {
      if (child.type === 'link') {
        const before = parent.children[index - 1];
        const after = parent.children[index + 1];
        const line = child.position?.start.line ?? 1;
        if (before?.type === 'text' && /[\p{L}\p{N}]$/u.test(before.value))
          findings.push({
            line,
            field: 'lien',
            problem: `lien collé au mot qui le précède (« …${before.value.slice(-12)}[…] »)`,
            expected: 'une espace entre le mot et le lien',
          });
        if (after?.type === 'text' && /^[\p{L}\p{N}]/u.test(after.value))
          findings.push({
            line,
            field: 'lien',
            problem: `lien collé au mot qui le suit (« […]${after.value.slice(0, 12)}… »)`,
            expected: 'une espace entre le lien et le mot',
          });
      }
      if ('children' in child) walk(child);
    });
  walk(tree);
  return findings;
}

/** The French slips every Markdown body is checked for. */
export function checkProse(body: Body): BodyFinding[] {
  const tree = treeOf(body);
  return [...firstOfMonthDates(tree), ...doubledGuillemets(tree), ...gluedLinks(tree)].sort(
    (a, b) => a.line - b.line,
  );
}

/** Each year the body's prose writes (link addresses and code excluded), with its first line. */
export function yearsInProse(body: Body): Map<number, number> {
  const years = new Map<number, number>();
  for (const { node } of textNodes(treeOf(body)))
    for (const match of node.value.matchAll(year)) {
      const value = Number(match[0]);
      const line =
        (node.position?.start.line ?? 1) + node.value.slice(0, match.index).split('\n').length - 1;
      if (!years.has(value)) years.set(value, line);
    }
  return years;
}
