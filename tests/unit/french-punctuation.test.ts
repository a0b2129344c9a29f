import { describe, expect, it } from 'vitest';
import { frenchPunctuation, NARROW_NBSP as n } from '../../src/lib/french-punctuation.ts';
import remarkFrenchPunctuation from '../../src/build/markdown/remark-french-punctuation.ts';

describe('frenchPunctuation', () => {
  it('turns straight apostrophes after a letter into typographic ones', () => {
    expect(frenchPunctuation("l'usager et aujourd'hui")).toBe('l’usager et aujourd’hui');
  });

  it('turns paired straight double quotes into guillemets with narrow no-break spaces', () => {
    expect(frenchPunctuation('il dit "bonjour" puis part')).toBe(
      `il dit «${n}bonjour${n}» puis part`,
    );
  });

  it('normalises the spaces inside existing guillemets', () => {
    expect(frenchPunctuation('« de rupture »')).toBe(`«${n}de rupture${n}»`);
    expect(frenchPunctuation('«collé»')).toBe(`«${n}collé${n}»`);
  });

  it('puts a narrow no-break space before ; : ! ?', () => {
    expect(frenchPunctuation('Pourquoi ? Parce que : voilà ; enfin !')).toBe(
      `Pourquoi${n}? Parce que${n}: voilà${n}; enfin${n}!`,
    );
  });

  it('adds the missing space before high punctuation glued to a word', () => {
    expect(frenchPunctuation('Vraiment?! Attention: ici')).toBe(
      `Vraiment${n}?! Attention${n}: ici`,
    );
  });

  it('leaves times, addresses and numbers alone', () => {
    expect(frenchPunctuation('à 10:30, voir https://tilab.bzh/?TiLab')).toBe(
      'à 10:30, voir https://tilab.bzh/?TiLab',
    );
  });

  it('is idempotent', () => {
    const once = frenchPunctuation('« Ici on ne juge pas ! » dit-elle : c\'est "vrai"');
    expect(frenchPunctuation(once)).toBe(once);
  });
});

describe('remarkFrenchPunctuation', () => {
  it('typesets text nodes and never code', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: "l'atelier :" },
            { type: 'inlineCode', value: "a'b :" },
          ],
        },
        { type: 'code', value: 'x = "y" ;' },
      ],
    };
    remarkFrenchPunctuation()(tree);
    expect(tree.children[0]!.children![0]!.value).toBe(`l’atelier${n}:`);
    expect(tree.children[0]!.children![1]!.value).toBe("a'b :");
    expect(tree.children[1]!.value).toBe('x = "y" ;');
  });
});
