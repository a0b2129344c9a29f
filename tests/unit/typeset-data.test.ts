import { describe, expect, it } from 'vitest';
import {
  isNonProse,
  nonProseKeys,
  schemaFields,
  typesetData,
} from '../../src/lib/page-data/typeset-data.ts';

// What pages receive from the loader (src/lib/entries.ts): the data of an entry, typeset once.

const n = '\u202F';
const entryData = () => ({
  titre: "Carte d'empathie",
  resume: 'Comprendre : qui, quoi ?',
  materiel: ['Des post-it : deux couleurs', 'Un feutre'],
  duree: { min: 45, max: 90 },
  fonctionnement: { montant: 428000, repartition: "50 % l'État ; 50 % la Région" },
  sources: [
    {
      titre: 'Le guide "design"',
      url: "https://example.org/l'atelier?page=2",
      date: '2024-01-31',
      langue: 'fr',
    },
  ],
  site: "https://example.org/aujourd'hui",
  phases: ['explorer'],
  methodes_liees: [{ collection: 'methodes', id: "d'accord" }],
  etapes: [
    { methode: { collection: 'methodes', id: 'personas' }, pourquoi: "Pour voir : l'usage" },
  ],
  exemple: false,
  revue: new Date('2024-01-31T00:00:00Z'),
});

describe('the data pages receive', () => {
  it('typesets every prose string, however deep', () => {
    const data = typesetData(entryData());
    expect(data.titre).toBe('Carte d’empathie');
    expect(data.resume).toBe(`Comprendre${n}: qui, quoi${n}?`);
    expect(data.materiel).toEqual([`Des post-it${n}: deux couleurs`, 'Un feutre']);
    expect(data.fonctionnement.repartition).toBe(`50 % l’État${n}; 50 % la Région`);
    expect(data.sources[0]!.titre).toBe(`Le guide «${n}design${n}»`);
    expect(data.etapes[0]!.pourquoi).toBe(`Pour voir${n}: l’usage`);
  });

  it('leaves addresses, dates, ids, numbers and booleans as they are', () => {
    const data = typesetData(entryData());
    expect(data.sources[0]).toMatchObject({
      url: "https://example.org/l'atelier?page=2",
      date: '2024-01-31',
      langue: 'fr',
    });
    expect(data.site).toBe("https://example.org/aujourd'hui");
    expect(data.duree).toEqual({ min: 45, max: 90 });
    expect(data.fonctionnement.montant).toBe(428000);
    expect(data.exemple).toBe(false);
  });

  it('leaves references { collection, id } untouched', () => {
    const data = typesetData(entryData());
    expect(data.methodes_liees).toEqual([{ collection: 'methodes', id: "d'accord" }]);
    expect(data.etapes[0]!.methode).toEqual({ collection: 'methodes', id: 'personas' });
  });

  it('leaves a Date untouched', () => {
    const input = entryData();
    expect(typesetData(input).revue).toBe(input.revue);
  });

  it('is idempotent: typesetting twice is typesetting once', () => {
    const once = typesetData(entryData());
    expect(typesetData(once)).toEqual(once);
  });

  it('does not change its input', () => {
    const input = entryData();
    typesetData(input);
    expect(input).toEqual(entryData());
  });
});

describe('the fields never typeset', () => {
  it('are read from the schemas: addresses, dates, language codes, vocabulary ids', () => {
    const expected = ['url', 'site', 'date', 'derniere_revue', 'langue', 'phases', 'difficulte'];
    expect(expected.filter((key) => !nonProseKeys.has(key))).toEqual([]);
    for (const key of [
      'modalite',
      'objectif',
      'statut',
      'type',
      'gabarit',
      'format',
      'orientation',
    ])
      expect(nonProseKeys.has(key), key).toBe(true);
    for (const prose of ['titre', 'resume', 'materiel', 'role', 'consigne'])
      expect(nonProseKeys.has(prose), prose).toBe(false);
  });

  it('mean the same in every collection: no key is prose in one and not in another', () => {
    const prose = schemaFields.filter(([, field]) => !isNonProse(field)).map(([key]) => key);
    expect(prose.filter((key) => nonProseKeys.has(key))).toEqual([]);
  });
});
