import { describe, expect, it } from 'vitest';
import { dayMinutes, halfDayMinutes, readSituation } from '../../src/lib/search-situation.ts';

const remote = ['a-distance', 'les-deux'];
const onSite = ['en-presence', 'les-deux'];

// Phrasings as agents type them, with the filters they mean and the words left to search.
const phrasings: [query: string, filters: Record<string, unknown>, words: string][] = [
  ['1 h 30 pour 20 personnes', { minutes: 90, personnes: 20 }, ''],
  ['j’ai 1 h 30 avec 20 personnes', { minutes: 90, personnes: 20 }, ''],
  ['1h30', { minutes: 90 }, ''],
  ['1 h 30', { minutes: 90 }, ''],
  ['1\u00a0h\u00a030 atelier', { minutes: 90 }, ''],
  ['90 min', { minutes: 90 }, ''],
  ['90 minutes', { minutes: 90 }, ''],
  ['45 minutes à distance', { minutes: 45, modalite: remote }, ''],
  ['2 heures', { minutes: 120 }, ''],
  ['deux heures avec des élus', { minutes: 120 }, 'élus'],
  ['une heure et demie', { minutes: 90 }, ''],
  ['1 heure 15 minutes', { minutes: 75 }, ''],
  ['2h', { minutes: 120 }, ''],
  ['une demi-heure', { minutes: 30 }, ''],
  ['un quart d’heure pour démarrer', { minutes: 15 }, 'démarrer'],
  ['trois quarts d’heure', { minutes: 45 }, ''],
  ['une demi-journée', { minutes: halfDayMinutes }, ''],
  ['demi journée avec usagers', { minutes: halfDayMinutes }, 'usagers'],
  ['une journée entière', { minutes: dayMinutes }, ''],
  ['atelier d’une heure', { minutes: 60 }, ''],
  ['une quinzaine de minutes', { minutes: 15 }, ''],
  ['20 personnes', { personnes: 20 }, ''],
  ['pour 12', { personnes: 12 }, ''],
  ['idées pour 12', { personnes: 12 }, 'idées'],
  ['une quinzaine', { personnes: 15 }, ''],
  ['une vingtaine de participants', { personnes: 20 }, ''],
  ['30 participant·e·s', { personnes: 30 }, ''],
  ['8 pers.', { personnes: 8 }, ''],
  ['nous sommes 6', { personnes: 6 }, ''],
  ['on est 40 en visio', { personnes: 40, modalite: remote }, ''],
  ['10 à 15 personnes', { personnes: 15 }, ''],
  ['2 h 20 personnes', { minutes: 120, personnes: 20 }, ''],
  ['12 agents en 45 min', { minutes: 45, personnes: 12 }, ''],
  ['à distance', { modalite: remote }, ''],
  ['en visio', { modalite: remote }, ''],
  ['visioconférence', { modalite: remote }, ''],
  ['en distanciel', { modalite: remote }, ''],
  ['a distance', { modalite: remote }, ''],
  ['en présence', { modalite: onSite }, ''],
  ['présentiel 3 heures', { minutes: 180, modalite: onSite }, ''],
  ['phase explorer', { phase: ['explorer'] }, ''],
  ['phase évaluer', { phase: ['evaluer'] }, ''],
  ['phases cadrer et imaginer', { phase: ['cadrer', 'imaginer'] }, ''],
  ['entretien phase explorer 1 h', { minutes: 60, phase: ['explorer'] }, 'entretien'],
  // Not filters: numbers and words that name a method or say something else.
  ['les 5 pourquoi', {}, 'les 5 pourquoi'],
  ['méthode des 6 chapeaux', {}, 'méthode des 6 chapeaux'],
  ['6-3-5', {}, '6-3-5'],
  ['brainwriting 6-3-5', {}, 'brainwriting 6-3-5'],
  ['crazy 8', {}, 'crazy 8'],
  ['pour 5 pourquoi', {}, 'pour 5 pourquoi'],
  ['explorer les usages', {}, 'explorer les usages'],
  ['évaluer une expérimentation', {}, 'évaluer une expérimentation'],
  ['4 étapes', {}, '4 étapes'],
  ['personas', {}, 'personas'],
  ['carte d’empathie', {}, 'carte d’empathie'],
  ['pour un atelier', {}, 'pour un atelier'],
  ['2017', {}, '2017'],
  ['distance', {}, 'distance'],
  ['les 5 pourquoi en 30 minutes', { minutes: 30 }, '5 pourquoi'],
  ['méthode des 6 chapeaux pour 12', { personnes: 12 }, 'méthode 6 chapeaux'],
];

describe('reading a situation in a search', () => {
  it.each(phrasings)('« %s »', (query, filters, words) => {
    expect(readSituation(query)).toEqual({ filters, words });
  });

  it('holds at least 40 phrasings, some of them not filters', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(40);
    expect(phrasings.filter(([, f]) => Object.keys(f).length === 0).length).toBeGreaterThan(8);
  });
});
