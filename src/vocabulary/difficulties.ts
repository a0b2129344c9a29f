/** How much facilitation experience a method asks for. */
export const difficulties = [
  {
    id: 'decouverte',
    label: 'Découverte',
    description: 'Accessible sans expérience préalable de l’animation.',
  },
  {
    id: 'intermediaire',
    label: 'Intermédiaire',
    description: 'Demande d’avoir déjà animé quelques ateliers.',
  },
  {
    id: 'confirme',
    label: 'Confirmé',
    description: 'Demande une pratique régulière ou un accompagnement.',
  },
] as const;

export type DifficultyId = (typeof difficulties)[number]['id'];
export const difficultyIds = difficulties.map((d) => d.id) as [DifficultyId, ...DifficultyId[]];

export function difficultyLabel(id: DifficultyId): string {
  return difficulties.find((d) => d.id === id)?.label ?? id;
}
