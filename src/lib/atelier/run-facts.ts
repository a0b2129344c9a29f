// What « Animer la séance » shows of a sheet while it runs: its title, its one-sentence summary and
// its numbered steps (the « Déroulé »), served as /atelier/animer/fiches/<id>.json and fetched
// only for the sheets of the session being run.
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { splitMethodBody } from '../method-body.ts';

export interface RunFacts {
  id: string;
  /** Typeset for display, as src/lib/entries.ts gives it. */
  titre: string;
  resume: string;
  /** The text of each numbered step of the sheet's « Déroulé », in order (empty without one). */
  deroule: string[];
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** The items of the first numbered list of the sheet's steps section, read on the HTML tree. */
export function methodSteps(bodyHtml: string): string[] {
  const { steps } = splitMethodBody(bodyHtml);
  let items: string[] | null = null;
  visit(fromHtml(steps, { fragment: true }), 'element', (node) => {
    if (items || node.tagName !== 'ol') return;
    items = node.children
      .filter(isElement)
      .filter((child) => child.tagName === 'li')
      .map((li) => toText(li).replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  });
  return items ?? [];
}

export function runFacts(
  id: string,
  data: { titre: string; resume: string },
  bodyHtml: string,
): RunFacts {
  return { id, titre: data.titre, resume: data.resume, deroule: methodSteps(bodyHtml) };
}

/** Checks the shape of a fetched document before the page trusts it. */
export function isRunFacts(value: unknown): value is RunFacts {
  const v = value as Partial<RunFacts> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.titre === 'string' &&
    typeof v.resume === 'string' &&
    Array.isArray(v.deroule) &&
    v.deroule.every((item) => typeof item === 'string')
  );
}
