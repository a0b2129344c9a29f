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
