import { describe, expect, it } from 'vitest';
import { typographyFaults, visibleText } from '../../src/build/validation/typography.ts';

describe('typographyFaults', () => {
  it('finds an ordinary or no-break space before ; : ! ? » and after «', () => {
    expect(typographyFaults('Territoire : Bretagne')).toHaveLength(1);
    expect(typographyFaults('Vraiment ?')).toHaveLength(1);
    expect(typographyFaults('la source (« Ti\u202FLab »)')).toHaveLength(2);
    expect(typographyFaults('Territoire\u00A0: Bretagne')).toHaveLength(1);
  });

  it('finds a straight apostrophe between letters, not the typographic one', () => {
    expect(typographyFaults("Carte d'empathie")).toHaveLength(1);
    expect(typographyFaults('Carte d’empathie')).toEqual([]);
  });

  it('accepts narrow no-break spaces, and punctuation without a space before it', () => {
    expect(typographyFaults('Territoire\u202F: Bretagne ; «\u202FTi Lab\u202F» !')).toHaveLength(2);
    expect(
      typographyFaults('Territoire\u202F: «\u202FTi Lab\u202F»\u202F! https://tilab.bzh 10:30'),
    ).toEqual([]);
  });
});

describe('visibleText', () => {
  it('includes the page description, which search engines show', () => {
    expect(
      typographyFaults(
        visibleText('<head><meta name="description" content="Les fiches : une par page"></head>'),
      ),
    ).toHaveLength(1);
  });

  it('keeps what a reader sees, not scripts, styles, code or tags', () => {
    expect(
      visibleText(
        '<p>Un <a href="/x?a=b : c">lien</a>&nbsp;!</p><script>if (a ? b : c) {}</script><code>a : b</code>',
      ).trim(),
    ).toBe('Un lien\u00A0!');
  });
});
