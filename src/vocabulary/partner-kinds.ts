/** Kinds of partners, used to group the partners page. */
export const partnerKinds = [
  { id: 'institution-publique', label: 'Institutions publiques' },
  { id: 'collectivite', label: 'Collectivités' },
  { id: 'universite-ou-ecole', label: 'Universités et écoles' },
  { id: 'association', label: 'Associations' },
  { id: 'entreprise-ou-prestataire', label: 'Entreprises et prestataires' },
  { id: 'reseau', label: 'Réseaux' },
] as const;

export type PartnerKindId = (typeof partnerKinds)[number]['id'];
export const partnerKindIds = partnerKinds.map((k) => k.id) as [PartnerKindId, ...PartnerKindId[]];
