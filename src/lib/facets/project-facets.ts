// The facets of a case study, in the order the filters of /projets/ show them.
import { objectives } from '../../vocabulary/objectives.ts';
import { projectStatuses } from '../../vocabulary/project-statuses.ts';
import type { Facet } from './facet.ts';

/** The years a project is documented as active: start to end, to this year while going on, its start alone otherwise. */
export function documentedYearRange(
  data: Record<string, unknown>,
  today: Date,
): readonly [number, number] {
  const start = data.debut as number;
  const end = (data.fin ?? data.derniere_annee_documentee) as number | undefined;
  return [start, end ?? (data.statut === 'en-cours' ? today.getFullYear() : start)];
}

export const projectFacets = [
  {
    kind: 'choice',
    name: 'objectif',
    key: 'objectif',
    label: 'Type d’objectif (lecture de ce site)',
    help: 'Lequel des cinq types d’objectifs des projets du Ti Lab ce site lit dans le projet (aucune source ne le dit).',
    options: objectives,
    multiple: false,
    inSearch: true,
  },
  {
    kind: 'choice',
    name: 'statut',
    key: 'statut',
    label: 'Statut',
    help: 'Où en est le projet : en-cours, termine, ou non-precise par les sources.',
    options: projectStatuses,
    multiple: false,
    inSearch: false,
  },
  {
    kind: 'range',
    name: 'annee',
    key: 'debut',
    label: 'Année',
    help: 'Première année du projet, ou première année documentée par les sources.',
    unit: '',
    floor: 2000,
    match: 'contains',
    question: 'Année',
    questionHelp: 'Une année où le projet est documenté.',
    range: documentedYearRange,
    control: 'select',
  },
] as const satisfies readonly Facet[];
