import { describe, expect, it } from 'vitest';
import {
  elidedWords,
  forSearchIndex,
  typesetApostrophes,
  withoutElision,
} from '../../src/lib/french-elision.ts';

describe('French elision in search', () => {
  it.each(elidedWords)(
    'drops the elided « %s’ » from a query word, typographic or straight',
    (w) => {
      expect(withoutElision(`${w}\u2019empathie`)).toBe('empathie');
      expect(withoutElision(`${w.toUpperCase()}'empathie`)).toBe('empathie');
    },
  );

  it('leaves other words and apostrophes alone', () => {
    expect(withoutElision('carte d’empathie  à distance')).toBe('carte empathie à distance');
    expect(withoutElision('aujourd’hui')).toBe('aujourd’hui');
    expect(withoutElision('world café')).toBe('world café');
    expect(withoutElision('l’')).toBe('l’');
  });

  it('feeds the index straight apostrophes, in text and attributes alike, markup untouched', () => {
    expect(forSearchIndex('<h1 title="L’atelier">Carte d’empathie</h1>')).toBe(
      `<h1 title="L'atelier">Carte d'empathie</h1>`,
    );
  });

  it('shows the index’s text typeset again, only between letters', () => {
    expect(typesetApostrophes("la carte d'empathie, 'cité'")).toBe("la carte d’empathie, 'cité'");
  });
});
