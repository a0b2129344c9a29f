// Words after an apostrophe, for the search. The site writes the typographic apostrophe (U+2019)
// throughout, and Pagefind reads it as part of the word: it indexes « d’empathie » as
// « dempathie » only (it splits a word into parts on ASCII punctuation alone, and the ’ is not
// ASCII), so « empathie » did not find it. The index is fed the ASCII apostrophe instead
// (src/build/search-index/), which Pagefind splits on: « d'empathie » gives « dempathie » and
// « empathie ». A query drops its elided words the same way; results show the ’ again.

/** The elided words of French (« l’ », « d’ », « jusqu’ »…) that an apostrophe ends. */
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
  'presqu',
] as const;

const apostrophes = "['\u2019\u02bc]";
const elision = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${elidedWords.join('|')})${apostrophes}(?=\\p{L})`,
  'giu',
);

/** A query's words without their elided articles and pronouns: « d’empathie » → « empathie ». */
export function searchWords(query: string): string {
  return query.replace(elision, '').replace(/\s+/g, ' ').trim();
}

/** The text as the index gets it: an ASCII apostrophe between letters, which Pagefind splits on. */
export function indexedApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'");
}

/** A result's text as the site writes it: the typographic apostrophe back between letters. */
export function typographicApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
}
