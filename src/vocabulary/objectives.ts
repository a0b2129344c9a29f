/**
 * The five kinds of objectives pursued by Ti Lab projects: the sentences as the lab's
 * presentation states them (shared/seed); the labels are this site's short forms. Defined once; the case-study schema
 * and the objectives page derive from this list.
 */
export const objectives = [
  {
    id: 'ameliorer-politiques-publiques',
    label: 'Améliorer les politiques publiques, avec des projets tournés vers les usager·ère·s',
    sentence:
      'Accompagner des projets choisis, co-construits et coopératifs, tournés vers les citoyen·ne·s-usager·ère·s afin d’améliorer, réparer, significativement les politiques publiques.',
  },
  {
    id: 'cooperation-categorie-usagers',
    label: 'Coopérer autour d’une catégorie d’usager·ère·s',
    sentence:
      'Favoriser la coopération, le partage des informations et des expérimentations relatives à une catégorie d’usager·ère·s connu·e·s de plusieurs intervenant·e·s.',
  },
  {
    id: 'partage-informations-territoire',
    label: 'Partager des informations sur le territoire régional',
    sentence:
      'Partager des informations relatives au territoire régional, destinées à éclairer la décision et la mise en œuvre des politiques publiques.',
  },
  {
    id: 'preuves-de-concept',
    label: 'Concevoir des preuves de concept et des outils expérimentaux',
    sentence:
      'Concevoir des preuves de concepts, des outils ou supports innovants expérimentaux, pour faciliter la mise en œuvre des politiques publiques, au contact d’usager·ère·s externes et/ou internes.',
  },
  {
    id: 'autonomie-des-services',
    label: 'Accompagner ponctuellement vers l’autonomie des services',
    sentence:
      'Accompagner ponctuellement des actions de projets existants dans une volonté de démarches centrées sur les usager·ère·s, contributives et participatives, afin d’autonomiser les services et les agent·e·s volontaires.',
  },
] as const;

export type ObjectiveId = (typeof objectives)[number]['id'];
export const objectiveIds = objectives.map((o) => o.id) as [ObjectiveId, ...ObjectiveId[]];

export function objectiveById(id: string) {
  return objectives.find((o) => o.id === id);
}
