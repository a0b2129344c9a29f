/**
 * Method phases. The lab runs projects « de l'exploration à l'évaluation des
 * expérimentations » (shared/research); Animer gathers facilitation formats
 * used at every phase. Order matters: it is the order of a project.
 * Each phase's colour and pictogram are declared beside it, in phase-identity.ts (kept apart so
 * that the browser's scripts, which import this list, do not carry the drawings).
 */
export const phases = [
  {
    id: 'cadrer',
    label: 'Cadrer',
    description: 'Poser le défi, le périmètre et les acteurs avant de se lancer.',
  },
  {
    id: 'explorer',
    label: 'Explorer',
    description: 'Aller sur le terrain, comprendre les usages et les usager·ère·s.',
  },
  {
    id: 'imaginer',
    label: 'Imaginer',
    description: 'Faire émerger des idées et les concevoir ensemble.',
  },
  {
    id: 'experimenter',
    label: 'Expérimenter',
    description: 'Prototyper, tester en conditions réelles, ajuster.',
  },
  {
    id: 'evaluer',
    label: 'Évaluer',
    description: 'Mesurer ce que l’expérimentation a changé et décider de la suite.',
  },
  {
    id: 'animer',
    label: 'Animer',
    description: 'Formats de facilitation utiles à toutes les étapes.',
  },
] as const;

export type PhaseId = (typeof phases)[number]['id'];
export const phaseIds = phases.map((p) => p.id) as [PhaseId, ...PhaseId[]];

export function phaseLabel(id: PhaseId): string {
  return phases.find((p) => p.id === id)?.label ?? id;
}
