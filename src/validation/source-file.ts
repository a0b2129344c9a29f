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
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + offsetLine;
  const yamlErrors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  return {
    data: yamlErrors.length ? undefined : doc.toJS(),
    body,
    bodyLine,
    yamlErrors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return offsetLine + 1;
    },
  };
}
