/**
 * French labels of form fields. A field's label is its schema's `title` (`.meta({ title })`) when it
 * has one; otherwise it is derived from the field name, which is French written without accents
 * (`derniere_revue` → « Dernière revue »). The words below put the accents back; a word missing here
 * is shown as written, which stays readable.
 */
const accentedWords: Record<string, string> = {
  annee: 'année',
  appels: 'appels',
  debut: 'début',
  derniere: 'dernière',
  difficulte: 'difficulté',
  duree: 'durée',
  etapes: 'étapes',
  francaise: 'française',
  legales: 'légales',
  liees: 'liées',
  materiel: 'matériel',
  methode: 'méthode',
  methodes: 'méthodes',
  modalite: 'modalité',
  pieges: 'pièges',
  preparation: 'préparation',
  repartition: 'répartition',
  resultats: 'résultats',
  resume: 'résumé',
  role: 'rôle',
  telephone: 'téléphone',
  titre: 'titre',
  url: 'adresse web',
};

/** « Dernière revue » for `derniere_revue`. */
export function labelFromName(name: string): string {
  const words = name
    .split(/[_-]+/)
    .filter(Boolean)
    .map((word) => accentedWords[word] ?? word);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Label of an enum value without a vocabulary entry: « non-precise » → « Non precise ». */
export function labelFromValue(value: string): string {
  return labelFromName(value);
}
