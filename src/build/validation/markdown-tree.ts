import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The content check reads each body as one Markdown tree, parsed once per file: the safety rules
// (markdown-rules.ts) and the French slips (prose-rules.ts) both walk it. Parsing is the check's
// largest cost, so the two processors are built once, not per file.
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** The body as a Markdown tree (GFM, as the site renders it); MDX is read as MDX (its JSX and ESM become nodes). Throws on unreadable MDX. */
export function parseMarkdownBody(body: string, { isMdx = false } = {}): Root {
  return (isMdx ? mdx : markdown).parse(body);
}
