import { describe, expect, it } from 'vitest';
import { splitMethodBody } from '../../src/lib/method-body.ts';

const why = '<h2 id="à-quoi-ça-sert">À quoi ça sert</h2><p>Pour comprendre.</p>';
const steps = '<h2 id="déroulé">Déroulé</h2><ol><li>Poser le cadre (5 min).</li></ol>';
const example = '<h2 id="exemple">Exemple</h2><p><em>Exemple fictif.</em></p>';

describe('a sheet body split for the workshop card', () => {
  it('takes out the « Déroulé » section and keeps the others in their order', () => {
    expect(splitMethodBody(`${why}\n${steps}\n${example}`)).toEqual({
      steps: `${steps}\n`,
      rest: `${why}\n${example}`,
    });
  });

  it('falls back on the first section with a numbered list when « Déroulé » is named otherwise', () => {
    const other = steps.replace(/Déroulé/g, 'Étapes');
    expect(splitMethodBody(`${why}${other}${example}`).steps).toBe(other);
  });

  it('keeps everything as the rest when no section holds steps', () => {
    expect(splitMethodBody(`${why}${example}`)).toEqual({ steps: '', rest: `${why}${example}` });
  });

  it('keeps text before the first heading with the rest', () => {
    expect(splitMethodBody(`<p>Intro.</p>${steps}`)).toEqual({
      steps,
      rest: '<p>Intro.</p>',
    });
  });
});
