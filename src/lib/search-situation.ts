// Reads a situation in what a reader types in a search box (« 1 h 30 pour 20 personnes », « 45
// minutes à distance ») and turns it into the method facets' filters, leaving the other words to
// search as text. Pure: the search page runs it in the browser, the tests in Node.
//
// A number is read only with a unit (« h », « minutes », « personnes »…) or after « pour », « nous
// sommes », « on est » at the end of a phrase: a number that names a method (« les 5 pourquoi »,
// « les 6 chapeaux », « 6-3-5 ») stays a word. The values are the facets' own (their names, ids,
// labels): only the French ways of saying them are written here.
import { facetNamed, optionLabel, type ChoiceFacet, type FilterState } from './facets/facet.ts';
import { methodFacets } from './facets/method-facets.ts';

export interface Situation {
  /** Filters, by facet name: minutes and personnes as one number, modalite and phase as ids. */
  filters: FilterState;
  /** What is left to search as words (empty when the query was only a situation). */
  words: string;
}

const durationFacet = facetNamed(methodFacets, 'minutes');
const groupFacet = facetNamed(methodFacets, 'personnes');
const modalityFacet = facetNamed(methodFacets, 'modalite');
const phaseFacet = facetNamed(methodFacets, 'phase');

/** How we read « une demi-journée » and « une journée » (a morning; a working day without lunch). */
export const halfDayMinutes = 240;
export const dayMinutes = 420;

const numberWords: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
};

/** « une dizaine », « une quinzaine de personnes ». */
const aboutWords: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};

const numberWord = Object.keys(numberWords).join('|');
const number = `(\\d+|${numberWord})`;
// Not inside a word, nor a hyphenated name (« 6-3-5 »); JavaScript's \b knows no accents.
const start = '(?<![\\p{L}\\p{N}-])';
const end = '(?![\\p{L}\\p{N}-])';
const minuteUnit = '(?:minutes?|min|mn)\\.?';
const hourUnit = '(?:heures?|h)';
const personUnit =
  '(?:personnes?|pers\\.?|participant(?:·e·s|·es|\\.e\\.s|e?s|e)?|gens|agent(?:·e·s|·es|e?s|e)?|collègues)';
// Where a bare number after « pour » ends: the query's end or a word that starts another part of it.
const phraseEnd = `(?=\\s*(?:$|[,;.!?]|(?:et|en|à|a|pendant|avec|sur|dans|durant|de|d'|\\d)${end}|${number}${end}))`;

const toNumber = (word: string) => (/^\d+$/.test(word) ? Number(word) : numberWords[word]!);

interface Reader {
  pattern: RegExp;
  /** Matched on the query without its accents (phase labels: « évaluer » or « evaluer »). */
  withoutAccents?: boolean;
  read: (match: RegExpExecArray) => Partial<Record<'minutes' | 'personnes', number>> & {
    /** An option id of the modality facet. */
    modalite?: string;
    phases?: string[];
  };
}

const pattern = (source: string) => new RegExp(`${start}${source}${end}`, 'gu');

/**
 * The options one option means: itself and those whose label holds its label (« À distance »
 * is met by « En présence ou à distance »).
 */
export function optionsMeaning(facet: ChoiceFacet, id: string): string[] {
  const wanted = optionLabel(facet, id).toLocaleLowerCase('fr');
  return facet.options
    .filter((option) => option.label.toLocaleLowerCase('fr').includes(wanted))
    .map((option) => option.id);
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const phaseWord = phaseFacet.options
  .map((option) => withoutAccents(option.label.toLocaleLowerCase('fr')))
  .join('|');

// Order matters: each reader takes its words out of the query before the next one looks.
const readers: Reader[] = [
  {
    pattern: pattern(`(?:une\\s+|1\\s+)?demi[-\\s]journ[ée]es?`),
    read: () => ({ minutes: halfDayMinutes }),
  },
  {
    pattern: pattern(`(?:une|1|la|toute\\s+la)\\s+journ[ée]e(?:\\s+enti[èe]re)?`),
    read: () => ({ minutes: dayMinutes }),
  },
  { pattern: pattern(`(?:une\\s+)?demi[-\\s]heure`), read: () => ({ minutes: 30 }) },
  { pattern: pattern(`(?:un\\s+)?quart\\s+d'heure`), read: () => ({ minutes: 15 }) },
  { pattern: pattern(`trois\\s+quarts?\\s+d'heure`), read: () => ({ minutes: 45 }) },
  {
    // « 1 h 30 », « 1h30 », « 2 heures », « une heure et demie », « 1 heure 15 minutes ».
    pattern: pattern(
      `${number}\\s*${hourUnit}(?:\\s*(?:et\\s+)?(?:(demie?)|(quart)|(\\d{1,2}|${numberWord})(?!\\s*${personUnit})(?:\\s*${minuteUnit})?))?`,
    ),
    read: (m) => ({
      minutes: toNumber(m[1]!) * 60 + (m[2] ? 30 : m[3] ? 15 : m[4] ? toNumber(m[4]) : 0),
    }),
  },
  { pattern: pattern(`${number}\\s*${minuteUnit}`), read: (m) => ({ minutes: toNumber(m[1]!) }) },
  {
    pattern: pattern(`(?:une\\s+)?(${Object.keys(aboutWords).join('|')})\\s+de\\s+${minuteUnit}`),
    read: (m) => ({ minutes: aboutWords[m[1]!]! }),
  },
  {
    // « 10 à 20 personnes »: the group may be as large as the larger number.
    pattern: pattern(`(?:${number}\\s+(?:à|a|ou|et)\\s+)?${number}\\s*${personUnit}`),
    read: (m) => ({ personnes: toNumber(m[2]!) }),
  },
  {
    pattern: pattern(
      `(?:une\\s+)?(${Object.keys(aboutWords).join('|')})(?:\\s+(?:de|d')\\s*${personUnit})?`,
    ),
    read: (m) => ({ personnes: aboutWords[m[1]!]! }),
  },
  {
    pattern: new RegExp(
      `${start}(?:pour|nous\\s+sommes|nous\\s+serons|on\\s+est|on\\s+sera|on\\s+sera)\\s+(\\d+|${Object.keys(
        numberWords,
      )
        .filter((w) => numberWords[w]! > 1)
        .join('|')})${end}${phraseEnd}`,
      'gu',
    ),
    read: (m) => ({ personnes: toNumber(m[1]!) }),
  },
  {
    pattern: pattern(
      `(?:(?:à|a)\\s+distance|(?:en\\s+)?visio(?:conf[ée]rence)?|en\\s+ligne|(?:en\\s+)?distanciel)`,
    ),
    read: () => ({ modalite: 'a-distance' }),
  },
  {
    pattern: pattern(`(?:en\\s+pr[ée]sen(?:ce|tiel)|pr[ée]sentiel|sur\\s+place)`),
    read: () => ({ modalite: 'en-presence' }),
  },
  {
    // A phase only where the word « phase » says so: « explorer » alone may be any verb.
    withoutAccents: true,
    pattern: pattern(
      `phases?\\s+(?:«\\s*)?(${phaseWord})(?:\\s*»)?(?:\\s+(?:et|ou)\\s+(?:«\\s*)?(${phaseWord})(?:\\s*»)?)?`,
    ),
    read: (m) => ({
      phases: [m[1], m[2]].flatMap((word) =>
        word
          ? phaseFacet.options
              .filter((o) => withoutAccents(o.label.toLocaleLowerCase('fr')) === word)
              .map((o) => o.id)
          : [],
      ),
    }),
  },
];

/** Words that only link the parts of a situation (« j'ai 1 h avec 12 personnes »), dropped with it. */
const linkWords = new Set(
  "j' ai avec pour en de d' des du nous sommes serons on est sera et à a pendant durant durée moins au plus maximum max environ groupe un une le la les l' atelier séance".split(
    ' ',
  ),
);

/** The query as the readers see it: lower case, one kind of apostrophe and space. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[\u2019\u02bc\u2018`´]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
}

/** The situation a query describes, and the words left to search. */
export function readSituation(query: string): Situation {
  let text = normalizeQuery(query);
  const found: { minutes: number[]; personnes: number[]; modalite: string[]; phase: string[] } = {
    minutes: [],
    personnes: [],
    modalite: [],
    phase: [],
  };
  for (const reader of readers) {
    const source = reader.withoutAccents ? withoutAccents(text) : text;
    const spans: [number, number][] = [];
    for (const match of source.matchAll(reader.pattern)) {
      const value = reader.read(match);
      if (value.minutes) found.minutes.push(value.minutes);
      if (value.personnes) found.personnes.push(value.personnes);
      if (value.modalite) found.modalite.push(...optionsMeaning(modalityFacet, value.modalite));
      if (value.phases) found.phase.push(...value.phases);
      spans.push([match.index, match.index + match[0].length]);
    }
    for (const [from, to] of spans.reverse()) text = `${text.slice(0, from)} ${text.slice(to)}`;
  }
  const filters: Record<string, readonly string[] | number> = {};
  // Several durations or group sizes (« de 1 h à 1 h 30 »): the largest, since the facets ask « within N ».
  if (found.minutes.length) filters[durationFacet.name] = Math.max(...found.minutes);
  if (found.personnes.length) filters[groupFacet.name] = Math.max(...found.personnes);
  if (found.modalite.length) filters[modalityFacet.name] = [...new Set(found.modalite)];
  if (found.phase.length) filters[phaseFacet.name] = [...new Set(found.phase)];
  const anyFilter = Object.keys(filters).length > 0;
  const words = text
    .split(/\s+|(?<=')/)
    .filter((word) => word && !(anyFilter && (linkWords.has(word) || /^[,;.!?]+$/.test(word))))
    .join(' ')
    .replace(/' /g, "'");
  return { filters, words: anyFilter ? words : query.trim().replace(/\s+/g, ' ') };
}
