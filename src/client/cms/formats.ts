import { parse } from 'yaml';
import { writeYaml } from './yaml-layout.ts';

/**
 * Decap CMS's file formats for our content: a Markdown file with a YAML header, or a YAML file.
 * Reading keeps the file's text (in a field the form never shows), so that writing can keep its
 * layout: a file saved unchanged is byte for byte the same, and a change touches only its lines.
 */

/** Where an entry keeps the text it was read from, between reading and writing. */
export const sourceKey = '__texte_original';
/** The Markdown body, Decap's name for it. */
const bodyKey = 'body';

const frontmatter = /^---\n([\s\S]*?)\n?---(?:\n|$)/;

type Data = Record<string, unknown>;

export function readFrontmatter(raw: string): Data {
  const text = raw.replace(/\r\n/g, '\n');
  const match = frontmatter.exec(text);
  const yaml = match ? match[1]! : '';
  const body = match ? text.slice(match[0].length) : text;
  return {
    ...((parse(yaml) as Data | null) ?? {}),
    [bodyKey]: body.replace(/^\n/, ''),
    [sourceKey]: text,
  };
}

export function writeFrontmatter(data: Data, keyOrder: readonly string[]): string {
  const { [bodyKey]: body = '', [sourceKey]: source, ...fields } = data;
  const original = typeof source === 'string' ? source : '';
  const match = frontmatter.exec(original);
  const oldYaml = match ? `${match[1]!}\n` : '';
  const oldBody = match ? original.slice(match[0].length) : '';
  const yaml = writeYaml(fields, oldYaml.trim() ? oldYaml : '', keyOrder);
  const text = String(body).replace(/\r\n/g, '\n');
  const newBody = text === oldBody.replace(/^\n/, '') ? oldBody : `\n${text.trim()}\n`;
  return `---\n${yaml}---\n${newBody}`;
}

export function readYaml(raw: string): Data {
  const text = raw.replace(/\r\n/g, '\n');
  return { ...((parse(text) as Data | null) ?? {}), [sourceKey]: text };
}

export function writeYamlFile(data: Data, keyOrder: readonly string[]): string {
  const { [sourceKey]: source, ...fields } = data;
  return writeYaml(fields, typeof source === 'string' ? source : '', keyOrder);
}
