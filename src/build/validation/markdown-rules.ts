import type { Element, Root as HtmlRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseMarkdownBody } from './markdown-tree.ts';

/** A problem found in a Markdown body, at a line counted from the body's first line (1-based). */
export interface BodyFinding {
  line: number;
  field: string;
  problem: string;
  expected: string;
}

const dangerousScheme = /^(?:javascript|data|vbscript):/i;
const forbiddenTags = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form']);
const linkAttributes = new Set(['href', 'src']);
const allowedMdxImport =
  /^import\s[^;]*from\s+['"](?:\.\.\/)+src\/components\/mdx\/[A-Za-z]+\.astro['"];?\s*$/;

/** Decodes what a browser would decode in a link target before reading its scheme. */
export function normalizeLinkTarget(target: string): string {
  let value = target.trim();
  for (let i = 0; i < 3; i++) {
    const decoded = value
      .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
      .replace(/&colon;/gi, ':')
      .replace(/&tab;|&newline;/gi, '')
      .replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (decoded === value) break;
    value = decoded;
  }
  // Browsers ignore control characters and whitespace inside a scheme, so the rule must see them.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

export function isDangerousLink(target: string): boolean {
  return dangerousScheme.test(normalizeLinkTarget(target));
}

/** A tag seen in the body, raw HTML or MDX JSX alike: what the tag rules read. */
interface Tag {
  name: string;
  line: number;
  attributes: Map<string, string | undefined>;
}

/** The elements of a raw HTML node, each at its line in the body. */
function htmlTags(html: string, firstLine: number): Tag[] {
  const tags: Tag[] = [];
  const tree: HtmlRoot = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    const attributes = new Map<string, string | undefined>();
    // hast renames attributes (onclick → onClick, class → className); read the source names back.
    for (const [name, value] of Object.entries(element.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
      attributes.set(name.toLowerCase(), value === false || value == null ? undefined : text);
    }
    tags.push({
      name: element.tagName,
      line: firstLine + (element.position?.start.line ?? 1) - 1,
      attributes,
    });
  });
  return tags;
}

function jsxTag(node: MdxJsxFlowElement | MdxJsxTextElement): Tag | undefined {
  if (!node.name) return undefined;
  const attributes = new Map<string, string | undefined>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { name, value } = attribute as MdxJsxAttribute;
    attributes.set(name.toLowerCase(), typeof value === 'string' ? value : value ? '' : '');
  }
  return { name: node.name, line: node.position?.start.line ?? 1, attributes };
}

function tagFindings({ name, line, attributes }: Tag): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const tagName = name.toLowerCase();
  if (tagName === 'img' && !attributes.get('alt')?.trim())
    findings.push({
      line,
      field: 'image',
      problem: 'balise <img> sans texte alternatif',
      expected: 'la syntaxe Markdown ![description](fichier.png)',
    });
  if (forbiddenTags.has(tagName))
    findings.push({
      line,
      field: 'contenu',
      problem: `balise <${tagName}> interdite`,
      expected: 'du texte Markdown, sans code ni contenu embarqué',
    });
  if ([...attributes.keys()].some((attribute) => /^on[a-z]+$/.test(attribute)))
    findings.push({
      line,
      field: 'contenu',
      problem: 'attribut de script (on…=) dans une balise',
      expected: 'du texte Markdown, sans code',
    });
  for (const [attribute, target] of attributes) {
    if (linkAttributes.has(attribute) && target !== undefined)
      findings.push(...linkFindings(target, line));
  }
  return findings;
}

function linkFindings(target: string, line: number): BodyFinding[] {
  return isDangerousLink(target)
    ? [
        {
          line,
          field: 'lien',
          problem: `lien dangereux (${target})`,
          expected: 'une adresse https:// ou un lien interne commençant par /',
        },
      ]
    : [];
}

/**
 * Checks what the schema cannot see: the body's headings, images, raw HTML
 * and links. Page titles are the h1, so a body starts at ##. The rules read
 * the Markdown tree and the HTML inside it, so a tag written over several
 * lines is read whole, and code (fenced or inline) is never read as HTML.
 */
export function checkMarkdownBody(body: string, { isMdx }: { isMdx: boolean }): BodyFinding[] {
  const parsed = readMarkdownBody(body, { isMdx });
  return 'tree' in parsed ? checkMarkdownTree(parsed.tree) : [parsed.finding];
}

/** The body's tree, or the finding that says why MDX could not be read. */
export function readMarkdownBody(
  body: string,
  { isMdx }: { isMdx: boolean },
): { tree: Root } | { finding: BodyFinding } {
  try {
    return { tree: parseMarkdownBody(body, { isMdx }) };
  } catch (error) {
    const place = error as { line?: number; reason?: string };
    return {
      finding: {
        line: place.line ?? 1,
        field: 'contenu',
        problem: `MDX illisible : ${place.reason ?? String(error)}`,
        expected: 'des balises de composant fermées et des accolades appariées',
      },
    };
  }
}

/** The rules on a body's tree (readMarkdownBody), parsed once for every check of the file. */
export function checkMarkdownTree(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  let previousLevel = 1;
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading': {
        const level = node.depth;
        if (level === 1) {
          findings.push({
            line,
            field: 'contenu',
            problem: 'titre de niveau 1 (#) dans le texte : la page en a déjà un (le champ titre)',
            expected: 'des intertitres à partir de ##',
          });
        } else if (level > previousLevel + 1) {
          findings.push({
            line,
            field: 'contenu',
            problem: `niveau de titre sauté (${'#'.repeat(previousLevel)} puis ${'#'.repeat(level)})`,
            expected: `un intertitre de niveau ${'#'.repeat(previousLevel + 1)} au plus`,
          });
        }
        previousLevel = level;
        break;
      }
      case 'image':
        if (!node.alt?.trim())
          findings.push({
            line,
            field: 'image',
            problem: `image sans texte alternatif (${node.url})`,
            expected: 'une description de l’image entre les crochets : ![description](fichier.png)',
          });
        findings.push(...linkFindings(node.url, line));
        break;
      case 'imageReference':
        if (!node.alt?.trim())
          findings.push({
            line,
            field: 'image',
            problem: `image sans texte alternatif (${node.identifier})`,
            expected: 'une description de l’image entre les crochets : ![description](fichier.png)',
          });
        break;
      case 'link':
      case 'definition':
        findings.push(...linkFindings(node.url, line));
        break;
      case 'html':
        htmlTags(node.value, line).forEach((tag) => findings.push(...tagFindings(tag)));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = jsxTag(node);
        if (tag) findings.push(...tagFindings(tag));
        break;
      }
      case 'mdxjsEsm': {
        for (const [index, statement] of node.value.split('\n').entries()) {
          const keyword = /^\s*(import|export)\b/.exec(statement)?.[1];
          if (keyword && !(keyword === 'import' && allowedMdxImport.test(statement)))
            findings.push({
              line: line + index,
              field: 'contenu',
              problem: `${keyword} non autorisé en MDX`,
              expected: 'uniquement l’import des composants de src/components/mdx/',
            });
        }
        break;
      }
    }
  });
  return findings;
}
