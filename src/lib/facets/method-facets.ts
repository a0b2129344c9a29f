// The facets of a method sheet: what agents filter the library on, in the order the facts panel
// and the filters show them. Adding a facet here gives it a schema field (facetFields), a line in
// the facts panel, a filter in the library and its booklet, a search filter and its documentation
// (tests/build/facet-declaration.test.ts adds one).
import { difficulties } from '../../vocabulary/difficulties.ts';
import { phases } from '../../vocabulary/phases.ts';
import { formatDuration, formatRange } from '../format.ts';
import type { Facet } from './facet.ts';

export const methodFacets = [
  {
    kind: 'choice',
    name: 'phase',
    key: 'phases',
    label: 'Phase',
    help: 'Phases du projet où la méthode aide, la plus typique en premier.',
    options: phases,
    multiple: true,
    inSearch: true,
  },
  {
    kind: 'range',
    name: 'minutes',
    key: 'duree',
    label: 'Durée',
    help: 'Durée d’une séance, en minutes (min et max).',
    unit: 'minutes',
    floor: 5,
    match: 'fits',
    question: 'J’ai… minutes',
    questionHelp: 'Le temps dont vous disposez, en minutes (par exemple 120).',
    format: formatDuration,
  },
  {
    kind: 'range',
    name: 'personnes',
    key: 'participants',
    label: 'Participant·e·s',
    help: 'Nombre de participant·e·s, animateur·rice·s non compris (min et max).',
    unit: 'personnes',
    floor: 1,
    match: 'contains',
    question: 'Nous sommes… personnes',
    questionHelp: 'Le nombre de participant·e·s (par exemple 12).',
    format: (min, max) => formatRange(min, max, 'personnes'),
    formatShort: (min, max) => formatRange(min, max, 'pers.'),
  },
  {
    kind: 'choice',
    name: 'difficulte',
    key: 'difficulte',
    label: 'Difficulté',
    help: 'Expérience d’animation nécessaire.',
    options: difficulties,
    multiple: false,
    inSearch: true,
  },
  {
    kind: 'choice',
    name: 'modalite',
    key: 'modalite',
    label: 'Modalité',
    help: 'Où la méthode se pratique : en-presence, a-distance ou les-deux.',
    options: [
      { id: 'en-presence', label: 'En présence' },
      { id: 'a-distance', label: 'À distance' },
      { id: 'les-deux', label: 'En présence ou à distance' },
    ],
    multiple: false,
    inSearch: true,
    detail: {
      key: 'a_distance',
      label: 'Comment la mener à distance',
      help: 'Comment mener la méthode à distance : outils, ce qui change, ce qui demande de l’attention (obligatoire sauf en présence).',
      unlessValue: ['en-presence'],
    },
  },
] as const satisfies readonly Facet[];
