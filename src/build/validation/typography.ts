// French typography of a built page's text, as readers see it: the Markdown plugin typesets the
// content, but templates, data and interface strings are written by hand. Used by a test over dist/.

/**
 * The text a reader sees in a page, with its description (what search engines show): outside
 * scripts, styles, code and SVG; entities for spaces decoded.
 */
export function visibleText(html: string): string {
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return `${description}\n${html}`
    .replace(/<(script|style|code|pre|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00A0')
    .replace(/&#8239;|&#x202f;/gi, '\u202F');
}

/**
 * Places where French typography wants a narrow no-break space and the text has an ordinary one
 * (or a no-break space) instead: before ; : ! ? and », after «; and a straight apostrophe between
 * letters where it wants ’. Each is given with its context.
 */
export function typographyFaults(text: string): string[] {
  return [...text.matchAll(/[ \u00A0][;:!?»]|«[ \u00A0]|\p{L}'\p{L}/gu)].map((m) =>
    text
      .slice(Math.max(0, m.index - 30), m.index + 12)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
