/** Heading of the section that holds a sheet's timed steps (CONTRIBUTING.md asks for it). */
export const stepsHeading = 'Déroulé';

export interface SheetBodyParts {
  /** The steps section: what the workshop card prints, first on the page. */
  steps: string;
  /** Every other section, in the order the editor wrote them. */
  rest: string;
}

const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Splits a sheet's rendered body at its h2 headings. The steps are the « Déroulé » section or,
 * if a sheet names it otherwise, the first section with a numbered list; without either, the
 * whole body is the rest.
 */
export function splitSheetBody(html: string): SheetBodyParts {
  const starts = [...html.matchAll(/<h2\b/g)].map((m) => m.index);
  const bounds = [0, ...starts.filter((i) => i > 0), html.length];
  const sections = bounds.slice(0, -1).map((start, i) => html.slice(start, bounds[i + 1]));
  const headingOf = (section: string) => /^<h2\b[^>]*>([\s\S]*?)<\/h2>/.exec(section)?.[1] ?? '';
  let index = sections.findIndex((s) => plainText(headingOf(s)) === stepsHeading);
  if (index < 0) index = sections.findIndex((s) => /<h2\b/.test(s) && /<ol\b/.test(s));
  if (index < 0) return { steps: '', rest: html };
  return {
    steps: sections[index]!,
    rest: sections.filter((_s, i) => i !== index).join(''),
  };
}
