import { frenchPunctuation } from '../../lib/french-punctuation.ts';

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/** Node types whose text is code or markup, never typeset. */
const untouched = new Set([
  'code',
  'inlineCode',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

function typeset(node: MdastNode): void {
  if (untouched.has(node.type)) return;
  if (node.type === 'text' && typeof node.value === 'string')
    node.value = frenchPunctuation(node.value);
  node.children?.forEach(typeset);
}

/** Remark plugin: French punctuation in every text node of a Markdown document. */
export default function remarkFrenchPunctuation() {
  return (tree: MdastNode) => typeset(tree);
}
