// `npm run new -- methode "Titre de la méthode"`: a new content file from its collection's template.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { entryKinds, newEntry, type EntryKind } from '../src/build/validation/new-entry.ts';

const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const kinds = Object.keys(entryKinds).join(', ');

if (!kind || !(kind in entryKinds) || !title) {
  console.error(
    `Usage : npm run new -- <type> "Titre"\nTypes : ${kinds}\nExemple : npm run new -- methode "Carte d’empathie"`,
  );
  process.exit(1);
}
const entry = newEntry(
  kind as EntryKind,
  title,
  contentRoot(),
  resolve(import.meta.dirname, 'templates'),
  new Date().toISOString().slice(0, 10),
);
const shown = relative(process.cwd(), entry.path);
if (existsSync(entry.path)) {
  console.error(
    `${shown} existe déjà : rien n’a été écrit. Choisissez un autre titre ou modifiez ce fichier.`,
  );
  process.exit(1);
}
mkdirSync(dirname(entry.path), { recursive: true });
writeFileSync(entry.path, entry.text, { flag: 'wx' });
console.log(`Créé : ${shown}

Étapes suivantes :
  1. Ouvrez le fichier et remplacez chaque « À compléter » (la description de chaque champ est dans CONTRIBUTING.md).
  2. Lancez « npm run check » : il signale les champs encore à compléter et toute erreur.
  3. Prévisualisez avec « npm run dev », puis proposez la modification (pull request).`);
