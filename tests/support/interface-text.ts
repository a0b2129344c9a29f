import { parse } from '@astrojs/compiler-rs';

// Finds the French a template or a client script writes itself instead of reading it from
// src/i18n/. It walks the tree the Astro compiler parses (the frontmatter, the template and
// their expressions as ESTree/JSX nodes), so a string is judged by where it sits, not by a
// pattern over the file's text.

/** A piece of text written directly in a file, with its line. */
export interface WrittenText {
  line: number;
  text: string;
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Attributes a reader hears or sees: any letter in them is interface text. */
const readerAttributes = new Set([
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
]);

/** Attributes whose values are names for the machine (classes, addresses, ids, types). */
const machineAttributes = new Set([
  'class',
  'class:list',
  'id',
  'for',
  'href',
  'src',
  'srcset',
  'rel',
  'type',
  'name',
  'slot',
  'lang',
  'role',
  'method',
  'action',
  'target',
  'style',
  'media',
  'sizes',
  'loading',
  'decoding',
  'autocomplete',
  'inputmode',
  'enterkeyhint',
  'charset',
  'content',
  'is:raw',
]);

/** Calls whose string arguments are selectors, attribute or event names, keys, addresses. */
const machineCalls = new Set([
  'querySelector',
  'querySelectorAll',
  'getElementById',
  'getElementsByClassName',
  'getElementsByTagName',
  'closest',
  'matches',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'toggleAttribute',
  'createElement',
  'createElementNS',
  'add',
  'remove',
  'toggle',
  'contains',
  'replace',
  'replaceAll',
  'get',
  'set',
  'has',
  'delete',
  'append',
  'getAll',
  'getItem',
  'setItem',
  'removeItem',
  'fetch',
  'glob',
  'matchMedia',
  'getPropertyValue',
  'setProperty',
  'removeProperty',
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'split',
  'join',
  'padStart',
  'padEnd',
  'localeCompare',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'DateTimeFormat',
  'NumberFormat',
  'ListFormat',
  'PluralRules',
  'Collator',
  'Segmenter',
  'URL',
  'URLSearchParams',
  'Event',
  'CustomEvent',
  'getCollection',
  'getEntry',
  'require',
]);

/**
 * A template's errors stop the build and speak to editors (in French, from the code that knows
 * what went wrong); a browser script's may reach the page, so their words are the interface's.
 */
const errorCalls = new Set(['Error', 'TypeError']);

/** Expressions whose value is one of their parts' (the test of a condition is not shown). */
const passesThrough = new Set([
  'JSXExpressionContainer',
  'ConditionalExpression',
  'LogicalExpression',
  'ParenthesizedExpression',
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
]);

const comparisons = new Set(['===', '!==', '==', '!=', 'in', 'instanceof']);

/** A word of a sentence, as opposed to an id, a class, a key or an address. */
function looksLikeText(value: string): boolean {
  if (!/\p{L}/u.test(value)) return false;
  if (/^\s*(https?:|mailto:|\/|\.\.?\/|#)\S*\s*$/.test(value)) return false;
  const words = value.split(/\s+/).filter(Boolean);
  // Letters outside ASCII (é, ç, ’…) only appear in French; a capitalised word of lower-case
  // letters is a sentence's start or a label (key names such as 'Escape' are compared, not shown).
  if (words.some((word) => /[^\p{ASCII}]/u.test(word) && /\p{L}/u.test(word))) return true;
  if (words.some((word) => /^[A-Z][a-z]+[,.;:!?)]*$/.test(word))) return true;
  // Two plain words side by side: a phrase (« pour vous », « 3 fiches sur 12 »).
  return words.some(
    (word, i) =>
      /^[a-z]{2,}[,.;:!?]*$/.test(word) && /^[a-z]{2,}[,.;:!?]*$/.test(words[i + 1] ?? ''),
  );
}

const hasLetter = (value: string) => /\p{L}/u.test(value);

/** Whether a string literal at this place is a name for the machine whatever it says. */
function isMachinePlace(
  node: Node,
  parent: Node | undefined,
  key: string,
  errorsShown: boolean,
): boolean {
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
    case 'TSLiteralType':
    case 'TSImportType':
    case 'TSExternalModuleReference':
    case 'TSModuleDeclaration':
    case 'TSPropertySignature':
    case 'TSEnumMember':
      return true;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return key === 'key';
    case 'MemberExpression':
      return key === 'property';
    case 'BinaryExpression':
      return comparisons.has(parent.operator as string);
    case 'SwitchCase':
      return key === 'test';
    case 'ExpressionStatement':
      return typeof parent.directive === 'string';
    case 'CallExpression':
    case 'NewExpression': {
      const callee = parent.callee as Node;
      const name =
        callee.type === 'Identifier'
          ? (callee.name as string)
          : callee.type === 'MemberExpression' && isNode(callee.property)
            ? ((callee.property as Node).name as string)
            : undefined;
      if (key !== 'arguments' || !name) return false;
      // setAttribute('aria-label', 'Texte'): the name is the machine's, the value may be text.
      if (name === 'setAttribute') return (parent.arguments as Node[])[0] === node;
      if (errorCalls.has(name)) return !errorsShown;
      return machineCalls.has(name);
    }
  }
  return false;
}

/** The name of a JSX element or attribute (`a`, `BaseLayout`, `aria-label`, `set:html`). */
function nameOf(node: Node): string {
  if (node.type === 'JSXIdentifier') return node.name as string;
  if (node.type === 'JSXNamespacedName')
    return `${nameOf(node.namespace as Node)}:${nameOf(node.name as Node)}`;
  if (node.type === 'JSXMemberExpression')
    return `${nameOf(node.object as Node)}.${nameOf(node.property as Node)}`;
  return '';
}

const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** Every piece of French written directly in an Astro template (frontmatter included). */
export function writtenTextInTemplate(source: string): WrittenText[] {
  return findWrittenText(parse(source).ast as Node, source, 0, false);
}

/**
 * Every piece of French written directly in a client script. The script is parsed as the
 * frontmatter of an otherwise empty template: the same TypeScript parser, the same walk.
 */
export function writtenTextInScript(source: string): WrittenText[] {
  const fence = '---\n';
  return findWrittenText(
    parse(`${fence}${source}\n---\n`).ast as Node,
    source,
    -fence.length,
    true,
  );
}

function findWrittenText(
  root: Node,
  source: string,
  shift: number,
  errorsShown: boolean,
): WrittenText[] {
  const found: WrittenText[] = [];
  const report = (node: Node, text: string) => {
    // A text node starts with the line break before its words.
    const offset = node.start + shift + (text.length - text.trimStart().length);
    found.push({ line: source.slice(0, offset).split('\n').length, text: text.trim() });
  };

  /** strict: any letter is text (template text, reader attributes); else only what reads as words. */
  const visit = (node: Node, parent: Node | undefined, key: string, strict: boolean): void => {
    switch (node.type) {
      case 'JSXText':
        if (hasLetter(node.value as string)) report(node, node.value as string);
        return;
      case 'AstroScript':
      case 'JSXClosingElement':
        return;
      case 'JSXElement':
        // A style sheet's or a script's text is code.
        if (['style', 'script'].includes(nameOf((node.openingElement as Node).name as Node)))
          return;
        break;
      case 'JSXAttribute': {
        const owner = nameOf((parent as Node).name as Node);
        const name = nameOf(node.name as Node);
        const value = node.value;
        if (!isNode(value)) return;
        const reader = readerAttributes.has(name);
        const machine =
          machineAttributes.has(name) || name.startsWith('data-') || name.startsWith('on');
        if (value.type === 'Literal' && typeof value.value === 'string') {
          const text = value.value;
          if (reader ? hasLetter(text) : !machine && isComponent(owner) && looksLikeText(text))
            report(value, text);
          return;
        }
        if (machine && !name.startsWith('data-')) return;
        visit(value, node, 'value', reader);
        return;
      }
      case 'Literal':
        if (typeof node.value !== 'string' || isMachinePlace(node, parent, key, errorsShown))
          return;
        if (strict ? hasLetter(node.value) : looksLikeText(node.value)) report(node, node.value);
        return;
      case 'TemplateLiteral':
        if (isMachinePlace(node, parent, key, errorsShown)) return;
        for (const [i, quasi] of (node.quasis as Node[]).entries()) {
          const cooked = (quasi.value as { cooked: string }).cooked;
          // After an expression, a space then a word continues a sentence: `${n} fiches.`
          const continues = i > 0 && /^\s+[a-zà-ÿ]{2,}\b/.test(cooked);
          if (strict ? hasLetter(cooked) : continues || looksLikeText(cooked))
            report(quasi, cooked);
        }
        for (const expression of node.expressions as Node[])
          visit(expression, node, 'expressions', strict);
        return;
      case 'TaggedTemplateExpression':
        return;
    }
    // An expression between tags is shown: each string it may give is text, however short
    // (`{required ? 'oui' : 'non'}`); strings handed to a call are judged as code.
    const shown =
      (node.type === 'JSXExpressionContainer' && key === 'children') ||
      (strict && passesThrough.has(node.type));
    for (const [childKey, child] of Object.entries(node)) {
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, node, childKey, shown);
      } else if (isNode(child)) visit(child, node, childKey, shown && childKey !== 'test');
    }
  };

  visit(root, undefined, '', false);
  return found;
}
