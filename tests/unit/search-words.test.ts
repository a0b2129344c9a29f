import { describe, expect, it } from 'vitest';
import {
  elidedWords,
  indexedApostrophes,
  searchWords,
  typographicApostrophes,
} from '../../src/lib/search-words.ts';

describe('words after an apostrophe', () => {
  it.each([
    ['d’empathie', 'empathie'],
    ["d'empathie", 'empathie'],
    ['carte d’empathie', 'carte empathie'],
    ['l’usager', 'usager'],
    ['L’Usager', 'Usager'],
    ['qu’est-ce', 'est-ce'],
    ['n’oubliez', 'oubliez'],
    ['s’inspirer', 'inspirer'],
    ['j’ai', 'ai'],
    ['c’est', 'est'],
    ['jusqu’au bout', 'au bout'],
    ['lorsqu’il', 'il'],
    ['puisqu’elle', 'elle'],
    ['aujourd’hui', 'aujourd’hui'],
    ['l’', 'l’'],
    ['empathie', 'empathie'],
  ])('« %s » is searched as « %s »', (query, words) => {
    expect(searchWords(query)).toBe(words);
  });

  it('covers every elided word the issue names', () => {
    for (const word of ['l', 'd', 'qu', 'n', 's', 'j', 'c', 'jusqu', 'lorsqu', 'puisqu'])
      expect(elidedWords).toContain(word);
  });

  it('gives the index ASCII apostrophes between letters, and results the typographic ones back', () => {
    const text = 'la carte d’empathie de l’usager, «\u202Fcitation\u202F», aujourd’hui';
    expect(indexedApostrophes(text)).toBe(
      "la carte d'empathie de l'usager, «\u202Fcitation\u202F», aujourd'hui",
    );
    expect(typographicApostrophes(indexedApostrophes(text))).toBe(text);
  });
});
