import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** Heading of the section that holds a sheet's timed steps (CONTRIBUTING.md asks for it). */
export const stepsHeading = 'Déroulé';

export interface MethodBodyParts {
  /** The steps section: what the workshop card prints, first on the page. */
  steps: string;
  /** Every other section, in the order the editor wrote them. */
  rest: string;
}

const isH2 = (node: RootContent) => node.type === 'element' && node.tagName === 'h2';

const hasNumberedList = (nodes: RootContent[]) =>
  nodes.some((node) => {
    let found = false;
    visit(node, 'element', (element) => {
      if (element.tagName === 'ol') found = true;
    });
    return found;
  });

const html = (nodes: RootContent[]) => toHtml({ type: 'root', children: nodes } satisfies Root);

/** What a sheet's body gives its readers: its two parts, and the text of each numbered step. */
interface ReadBody extends MethodBodyParts {
  stepItems: string[];
}

/**
 * Each sheet's body read once per build, whoever asks first (its page, « Animer la séance »'s
 * document): parsing the HTML is the costly part, and the same body is asked for several times.
 */
const readBodies = new Map<string, ReadBody>();

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** The items of the first numbered list of the steps section, as text. */
function firstListItems(nodes: RootContent[]): string[] {
  let items: string[] | null = null;
  visit({ type: 'root', children: nodes } satisfies Root, 'element', (node) => {
    if (items || node.tagName !== 'ol') return;
    items = node.children
      .filter(isElement)
      .filter((child) => child.tagName === 'li')
      .map((li) => toText(li).replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  });
  return items ?? [];
}

function readBody(body: string): ReadBody {
  const sections: RootContent[][] = [[]];
  for (const node of fromHtml(body, { fragment: true }).children) {
    if (isH2(node) && sections.at(-1)!.length) sections.push([]);
    sections.at(-1)!.push(node);
  }
  const headed = (section: RootContent[]) => isH2(section[0]!);
  const headingText = (section: RootContent[]) =>
    toText(section[0] as ElementContent)
      .replace(/\s+/g, ' ')
      .trim();
  let index = sections.findIndex((s) => headed(s) && headingText(s) === stepsHeading);
  if (index < 0) index = sections.findIndex((s) => headed(s) && hasNumberedList(s));
  if (index < 0) return { steps: '', rest: body, stepItems: [] };
  return {
    steps: html(sections[index]!),
    rest: html(sections.filter((_s, i) => i !== index).flat()),
    stepItems: firstListItems(sections[index]!),
  };
}

function readOnce(body: string): ReadBody {
  let read = readBodies.get(body);
  if (!read) readBodies.set(body, (read = readBody(body)));
  return read;
}

/**
 * Splits a sheet's rendered body (rendered once, by the content layer) at its h2 headings, on
 * the HTML tree. The steps are the « Déroulé » section or, if a sheet names it otherwise, the
 * first section with a numbered list; without either, the whole body is the rest.
 */
export function splitMethodBody(body: string): MethodBodyParts {
  const { steps, rest } = readOnce(body);
  return { steps, rest };
}

/** The text of each item of the first numbered list of the steps section (empty without one). */
export function methodStepItems(body: string): string[] {
  return [...readOnce(body).stepItems];
}
