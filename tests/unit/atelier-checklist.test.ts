import { describe, expect, it } from 'vitest';
import { checklistKey, mergeChecklist } from '../../src/lib/atelier/checklist.ts';
import { method } from '../support/atelier-methods.ts';

describe('the merged checklist', () => {
  it('lists each sheet’s materials and preparation once, in session order, with the sheets that need them', () => {
    const checklist = mergeChecklist([
      method('personas', {
        titre: 'Personas',
        materiel: ['Des post-it, des feutres et des gommettes', 'Un mur'],
        preparation: ['Relire les entretiens'],
      }),
      method('principes', {
        titre: 'Principes de conception',
        materiel: ['des post-it des feutres et des gommettes.', 'Un minuteur'],
        preparation: ['Relire  les entretiens\u00A0!'],
      }),
    ]);
    expect(checklist.materiel).toEqual([
      {
        text: 'Des post-it, des feutres et des gommettes',
        methods: ['Personas', 'Principes de conception'],
      },
      { text: 'Un mur', methods: ['Personas'] },
      { text: 'Un minuteur', methods: ['Principes de conception'] },
    ]);
    expect(checklist.preparation).toEqual([
      { text: 'Relire les entretiens', methods: ['Personas', 'Principes de conception'] },
    ]);
  });

  it('takes a sheet used twice in the session once', () => {
    const personas = method('personas', { titre: 'Personas', materiel: ['Un mur'] });
    expect(mergeChecklist([personas, personas]).materiel).toEqual([
      { text: 'Un mur', methods: ['Personas'] },
    ]);
  });

  it('ignores case, spacing, punctuation and apostrophes, but not accents or words', () => {
    expect(checklistKey('Une salle  d’au moins 20 m² !')).toBe(
      checklistKey("une salle d'au moins 20 m²"),
    );
    expect(checklistKey('Des Post-it')).toBe(checklistKey('des post it'));
    expect(checklistKey('Un tableau')).not.toBe(checklistKey('Un tableau blanc'));
    expect(checklistKey('Côte')).not.toBe(checklistKey('Cote'));
  });
});
