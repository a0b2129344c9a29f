import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A content file split into its YAML data and Markdown body, with line lookup. */
export interface SourceFile {
  data: unknown;
  body: string;
  /** 1-based line where the body starts (0 for data files). */
  bodyLine: number;
  /** 1-based line of a field given as a path, or of its closest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, with their line. */
  yamlErrors: { line: number; message: string }[];
}

const frontmatterPattern = /^---\n([\s\S]*?)\n?---(?:\n|$)/;

/** Parses a Markdown file's frontmatter, or a whole YAML data file. Returns undefined without frontmatter. */
export function parseSourceFile(text: string, isDataFile: boolean): SourceFile | undefined {
  let yamlText = text;
  let offsetLine = 0;
  let body = '';
  let bodyLine = 0;
  if (!isDataFile) {
    const match = frontmatterPattern.exec(text);
    if (!match) return undefined;
    yamlText = match[1] ?? '';
    offsetLine = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  // js-yaml (Astro's parser, 7× faster than the line-aware one) with the YAML 1.2 core schema: dates stay
  // as written, so that « 2026-02-30 » is reported instead of becoming 2 March. The line-aware parser
  // only runs when a problem needs a line, or to locate a syntax error.
  let data: unknown;
  let yamlErrors: SourceFile['yamlErrors'] = [];
  try {
    data = load(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    yamlErrors = syntaxErrors(yamlText, offsetLine, error);
  }
  let located: ReturnType<typeof locate> | undefined;
  return {
    data,
    body,
    bodyLine,
    yamlErrors,
    lineOf(path) {
      located ??= locate(yamlText, offsetLine);
      const { doc, lineAt } = located;
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return offsetLine + 1;
    },
  };
}

function locate(
  yamlText: string,
  offsetLine: number,
): { doc: Document; lineAt: (offset: number) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineAt: (offset) => lineCounter.linePos(offset).line + offsetLine };
}

/** The syntax errors of YAML that js-yaml refused: the line-aware parser's, or else js-yaml's own. */
function syntaxErrors(
  yamlText: string,
  offsetLine: number,
  error: unknown,
): SourceFile['yamlErrors'] {
  const { doc, lineAt } = locate(yamlText, offsetLine);
  if (doc.errors.length)
    return doc.errors.map((e) => ({
      line: lineAt(e.pos[0]),
      message: e.message.split('\n')[0] ?? e.message,
    }));
  if (error instanceof YAMLException)
    return [{ line: error.mark.line + 1 + offsetLine, message: error.reason }];
  return [{ line: offsetLine + 1, message: String(error) }];
}
