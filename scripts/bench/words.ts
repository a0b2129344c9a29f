import type { Random } from './random.ts';

// The vocabulary of the benchmark's synthetic sheets: French words of the field, so that
// Pagefind indexes text shaped like the real one (accents, apostrophes, word lengths).

const determiners = 'le la les un une des chaque notre cette leur plusieurs quelques'.split(' ');
const nouns =
  'atelier usager agent service démarche équipe projet prototype entretien parcours besoin idée carte synthèse hypothèse question terrain guichet dossier formulaire courrier accueil collectif territoire commune association élu partenaire calendrier budget restitution observation verbatim persona scénario maquette test indicateur expérimentation décision séance groupe consigne support tableau mur gommette récit document retour difficulté règle délai procédure politique public habitant bénévole instructeur animateur usage échange vote priorité piste solution étape lieu outil méthode'.split(
    ' ',
  );
const adjectives =
  'partagé concret collectif public local régional rapide simple ouvert fragile clair commun nouveau utile court précis visible accessible numérique papier prioritaire provisoire réel fictif attentif bienveillant transversal complet imprévu discret'.split(
    ' ',
  );
const verbs =
  'observe prépare anime reformule teste dessine rassemble compare choisit décrit écoute note présente questionne affiche regroupe classe relit imagine ajuste mesure documente partage invite organise vérifie simplifie raconte priorise explore'.split(
    ' ',
  );
const linkers = [
  'avec',
  'pour',
  'dans',
  'sans',
  'selon',
  'entre',
  'avant',
  'après',
  'auprès de',
  'autour de',
  'grâce à',
  'd’après',
];
const openers = [
  'Ensuite,',
  'Puis',
  'Enfin,',
  'D’abord,',
  'Souvent,',
  'Parfois,',
  'Ainsi,',
  'En atelier,',
  'Sur le terrain,',
  'Au besoin,',
];

export const places =
  'Bretagne Finistère Côtes-d’Armor Morbihan Ille-et-Vilaine Rennes Brest Lorient Saint-Brieuc Vannes Quimper'.split(
    ' ',
  );
export const audiences = [
  'jeunes',
  'familles',
  'agent·e·s',
  'associations',
  'demandeur·euse·s d’emploi',
  'personnes âgées',
  'étudiant·e·s',
  'élu·e·s',
  'entreprises',
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A group such as « chaque entretien partagé ». */
function nounGroup(random: Random): string {
  const words = [random.pick(determiners), random.pick(nouns)];
  if (random.next() < 0.5) words.push(random.pick(adjectives));
  return words.join(' ');
}

/** One French-looking sentence of `min` words or more, ending with a full stop. */
export function sentence(random: Random, min = 8): string {
  const words: string[] = [];
  if (random.next() < 0.25) words.push(random.pick(openers));
  words.push(nounGroup(random), random.pick(verbs), nounGroup(random));
  while (words.join(' ').split(' ').length < min)
    words.push(random.pick(linkers), nounGroup(random));
  return `${capitalize(words.join(' '))}.`;
}

/** A paragraph of about `wordCount` words. */
export function paragraph(random: Random, wordCount: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < wordCount) {
    const next = sentence(random, random.int(8, 16));
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}

/** A short name such as « Carte partagée des usages ». */
export function shortName(random: Random): string {
  return `${capitalize(random.pick(nouns))} ${random.pick(adjectives)}`;
}

export const imperativeSteps =
  'Accueillir Présenter Observer Noter Regrouper Choisir Tester Reformuler Restituer Décider Dessiner Comparer'.split(
    ' ',
  );
