import { describe, expect, it } from 'vitest';
import {
  bookletLinkLabel,
  bookletSelectionIntro,
  resultCountLabel,
} from '../../src/lib/method-filter.ts';

describe('resultCountLabel', () => {
  it('agrees in number, in French', () => {
    expect(resultCountLabel(0)).toBe('Aucune fiche ne correspond à ces critères.');
    expect(resultCountLabel(1)).toBe('1 fiche correspond à ces critères.');
    expect(resultCountLabel(12)).toBe('12 fiches correspondent à ces critères.');
  });
});

describe('printing a selection of the library', () => {
  it('names the booklet link after what it prints', () => {
    expect(bookletLinkLabel(null)).toBe('Imprimer toute la bibliothèque (livret)');
    expect(bookletLinkLabel(1)).toBe('Imprimer la fiche affichée (livret)');
    expect(bookletLinkLabel(7)).toBe('Imprimer les 7 fiches affichées (livret)');
  });

  it('says in the booklet how many sheets of the library it holds', () => {
    expect(bookletSelectionIntro(7, 39)).toBe(
      'Ce livret réunit les 7 fiches de votre sélection, sur 39\u202F: un sommaire, puis une fiche par page A4.',
    );
    expect(bookletSelectionIntro(1, 39)).toBe(
      'Ce livret réunit la fiche de votre sélection, sur 39\u202F: un sommaire, puis une fiche par page A4.',
    );
    expect(bookletSelectionIntro(0, 39)).toBe(
      'Aucune des 39 fiches ne correspond à cette sélection.',
    );
  });
});
