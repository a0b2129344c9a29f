import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Method } from './entries.ts';
import type { ParcoursStep } from './parcours-steps.ts';

const shiftedHeadings = new Map([2, 3, 4, 5].map((level) => [`h${level}`, `h${level + 1}`]));

/**
 * A sheet's rendered body, made to sit among other sheets in one printed booklet: sheet bodies
 * start at h2, and in a booklet each sheet is an h2, so their headings go one level down; ids
 * (and the links to them) are prefixed with the sheet's id, so that they stay unique. Read and
 * changed on the HTML tree.
 */
export function bookletBody(html: string, methodId: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element) => {
    element.tagName = shiftedHeadings.get(element.tagName) ?? element.tagName;
    const { id, href } = element.properties;
    if (typeof id === 'string') element.properties.id = `${methodId}--${id}`;
    if (typeof href === 'string' && href.startsWith('#'))
      element.properties.href = `#${methodId}--${href.slice(1)}`;
  });
  return toHtml(tree);
}

/** A parcours's sheets for print: each sheet once, where it first comes, with the reasons of every step that uses it. */
export function bookletMethods(steps: ParcoursStep[]): { method: Method; whys: string[] }[] {
  const methods = new Map<string, { method: Method; whys: string[] }>();
  for (const step of steps) {
    const method = methods.get(step.method.id);
    if (method) method.whys.push(step.why);
    else methods.set(step.method.id, { method: step.method, whys: [step.why] });
  }
  return [...methods.values()];
}
