/**
 * French typography for running text: typographic apostrophe, « guillemets »
 * and a narrow no-break space (U+202F) before ; : ! ? and inside guillemets.
 * Pure function, applied to Markdown text nodes by remarkFrenchPunctuation and
 * to the data of entries once, where pages load them (src/lib/entries.ts);
 * templates show strings as they receive them.
 */
export const NARROW_NBSP = '\u202F';

const apostrophe = /(\p{L})'/gu;
const pairedQuotes = /(^|[\s([—–])"([^"\s][^"]*?)"/gu;
const openingGuillemet = /«[ \u00A0\u202F]*/g;
const closingGuillemet = /[ \u00A0\u202F]*»/g;
const spaceBeforeHighPunctuation = /[ \u00A0]+([;:!?])/g;
const glued = /(\p{L}|»|\))([;!?]+)(?=\s|$|\))/gu;
const gluedColon = /(\p{L}|»|\)):(?=\s|$)/gu;

export function frenchPunctuation(input: string): string {
  return input
    .replace(apostrophe, '$1’')
    .replace(pairedQuotes, (_m, before: string, inner: string) => `${before}«${inner}»`)
    .replace(openingGuillemet, `«${NARROW_NBSP}`)
    .replace(closingGuillemet, `${NARROW_NBSP}»`)
    .replace(spaceBeforeHighPunctuation, `${NARROW_NBSP}$1`)
    .replace(glued, `$1${NARROW_NBSP}$2`)
    .replace(gluedColon, `$1${NARROW_NBSP}:`);
}
