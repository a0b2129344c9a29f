// French elision and the search index. Pagefind splits a word at a straight apostrophe (U+0027)
// and indexes the parts as well as the joined word, but only drops a typographic one (U+2019):
// « d’empathie » was indexed as « dempathie » alone, out of reach of « empathie », on a site
// typeset with U+2019 throughout. The index is therefore fed straight apostrophes, the query
// loses its elided article or pronoun, and the results are shown typeset again.

const typographic = '\u2019';
const straight = "'";

/** The elided words of French, as they precede an apostrophe. */
export const elidedWords = [
  'l',
  'd',
  'qu',
  'n',
  's',
  'j',
  'c',
  'm',
  't',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
] as const;

const elidedPrefix = new RegExp(`^(?:${elidedWords.join('|')})['\u2019](?=\\p{L})`, 'iu');

/**
 * A page's HTML as Pagefind should read it. U+2019 can only stand in text or in an attribute's
 * value, never in markup, so replacing the character leaves the document's structure as it is.
 */
export const forSearchIndex = (html: string): string => html.replaceAll(typographic, straight);

/** A query's words without their elided article or pronoun: « d’empathie » searches « empathie ». */
export const withoutElision = (query: string): string =>
  query
    .split(/\s+/)
    .map((word) => word.replace(elidedPrefix, ''))
    .join(' ')
    .trim();

/** Text from the index as the site writes it: an apostrophe between letters is typographic. */
export const typesetApostrophes = (text: string): string =>
  text.replace(/(?<=\p{L})'(?=\p{L})/gu, typographic);
