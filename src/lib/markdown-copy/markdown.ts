// The few Markdown pieces the copies are made of. A copy is plain Markdown for an AI assistant:
// headings, lists, links with absolute addresses, no HTML and no navigation.
import { ui } from '../../i18n/fr.ts';
import { formatDate } from '../format.ts';
import { sourceLanguages, type Source } from '../../schemas/common.ts';

/** Text safe inside a link's brackets or a list item (Markdown's own brackets escaped). */
export const inline = (text: string) => text.replace(/([[\]\\])/g, '\\$1').replace(/\s+/g, ' ');

/** A link; the characters that would end its address early are percent-encoded (the same address). */
export const link = (text: string, url: string) =>
  `[${inline(text)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'))})`;

export const heading = (level: number, text: string) => `${'#'.repeat(level)} ${inline(text)}`;

export const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

export const numbered = (items: readonly string[]) =>
  items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** « - Durée : 2 h à 3 h », one line per fact that has a value. */
export const facts = (pairs: readonly (readonly [label: string, value: string | undefined])[]) =>
  bullets(pairs.filter(([, value]) => value).map(([label, value]) => `${label}\u202F: ${value}`));

/** A titled list, left out when empty. */
export const section = (title: string, items: readonly string[]) =>
  items.length ? `${heading(2, title)}\n\n${bullets(items.map(inline))}` : '';

/** The sources as the page lists them: title linked to its address, language, date. */
export function sourcesSection(sources: readonly Source[]): string {
  if (!sources.length) return '';
  const line = (source: Source) =>
    [
      source.url ? link(source.titre, source.url) : inline(source.titre),
      source.langue && source.langue !== 'fr' ? ` (${sourceLanguages[source.langue]})` : '',
      source.date ? `, ${formatDate(source.date)}` : '',
    ].join('');
  return `${heading(2, ui.sources)}\n\n${bullets(sources.map(line))}`;
}

/** The blocks of a document, separated by blank lines, empty ones left out. */
export const document = (...blocks: (string | undefined | false)[]) =>
  `${blocks
    .filter((b): b is string => Boolean(b && b.trim()))
    .map((b) => b.trim())
    .join('\n\n')}\n`;
