// /llms.txt and /llms-full.txt, as llmstxt.org describes them: an H1, a one-paragraph summary in
// a blockquote, a paragraph, then H2 sections of links, one line each (« - [name](url): note »).
import { ui } from '../../i18n/fr.ts';
import { paths } from '../urls.ts';
import { document, heading, inline, link } from './markdown.ts';

const t = ui.markdownCopy;

export interface LlmsLink {
  title: string;
  /** An address on the site (a path) or absolute. */
  href: string;
  note?: string | undefined;
}

export interface LlmsSection {
  title: string;
  links: readonly LlmsLink[];
}

export interface LlmsIndexInput {
  site: string;
  name: string;
  summary: string;
  sections: readonly LlmsSection[];
}

const line = (site: string, item: LlmsLink) =>
  `- ${link(item.title, new URL(item.href, site).href)}${item.note ? `: ${inline(item.note)}` : ''}`;

export function llmsIndex(input: LlmsIndexInput): string {
  return document(
    heading(1, input.name),
    `> ${inline(input.summary)}`,
    t.copyNote,
    ...input.sections
      .filter((s) => s.links.length > 0)
      .map(
        (s) => `${heading(2, s.title)}\n\n${s.links.map((l) => line(input.site, l)).join('\n')}`,
      ),
    // « Optional » is the format's own name for links an assistant may skip.
    `${heading(2, 'Optional')}\n\n${line(input.site, { title: t.fullText, href: paths.llmsFull, note: t.fullTextNote })}`,
  );
}

/** Every sheet in full, after the index's title and summary. */
export function llmsFull(input: Omit<LlmsIndexInput, 'sections'>, copies: readonly string[]) {
  return document(
    heading(1, input.name),
    `> ${inline(input.summary)}`,
    ...copies.map((copy) => `---\n\n${copy}`),
  );
}
