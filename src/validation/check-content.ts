import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { collectionNames, collectionSpecs, entryIdFromPath, type CollectionName } from '../schemas/collections.ts';
import { plainReference } from '../schemas/references.ts';
import { fileNameProblem } from './file-names.ts';
import { describeIssue } from './french-issues.ts';
import { checkMarkdownBody } from './markdown-rules.ts';
import type { Problem } from './problem.ts';
import { parseSourceFile } from './source-file.ts';

/** A valid entry, as `npm run check` read it. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentReport {
  problems: Problem[];
  entries: CheckedEntry[];
}

/** Files at the content root that belong to no collection but are expected. */
const rootFiles = new Set(['site.yaml', 'README.md']);
const maxImageBytes = 2 * 1024 * 1024;

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Every `{ collection, id }` left by a reference field, with its path in the data. */
function referencesIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; collection: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record.collection === 'string' && typeof record.id === 'string') {
    return [{ path, collection: record.collection, id: record.id }];
  }
  return keys.flatMap((key) => referencesIn(record[key], [...path, key]));
}

const isAsset = (path: string) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(path);

/**
 * Reads every content file and reports every problem at once: file names,
 * encoding, YAML, schema, duplicate ids, dangling references, Markdown body.
 */
export function checkContent(contentDir: string, projectRoot = process.cwd()): ContentReport {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const display = (path: string) => relative(projectRoot, path) || path;
  const claimed = new Set<string>();
  /** Ids of every file read, valid or not, so that one invalid file does not make others' references dangle. */
  const ids = new Map<string, Set<string>>(collectionNames.map((name) => [name, new Set<string>()]));

  for (const collection of collectionNames) {
    const spec = collectionSpecs[collection];
    const folder = join(contentDir, spec.folder);
    const seen = new Map<string, string>();
    for (const path of walk(folder).sort()) {
      claimed.add(path);
      const file = display(path);
      const relativePath = relative(folder, path).replace(/\\/g, '/');
      const extension = /\.([^./]+)$/.exec(relativePath)?.[1] ?? '';
      if (isAsset(relativePath)) continue;
      if (!(spec.extensions as readonly string[]).includes(extension)) {
        problems.push({ file, field: 'fichier', problem: `extension « .${extension} » non lue dans ce dossier : le fichier serait ignoré`, expected: spec.extensions.map((e) => `.${e}`).join(' ou ') });
        continue;
      }
      const id = entryIdFromPath(relativePath);
      const nameProblem = fileNameProblem(id);
      if (nameProblem) problems.push({ file, field: 'fichier', problem: nameProblem, expected: 'minuscules sans accents, chiffres et tirets (carte-d-empathie.md)' });
      const previous = seen.get(id);
      if (previous) {
        problems.push({ file, field: 'fichier', problem: `identifiant « ${id} » en double avec ${previous} : une des deux pages disparaîtrait`, expected: 'un seul fichier par identifiant (renommer ou supprimer l’un des deux)' });
        continue;
      }
      seen.set(id, file);
      ids.get(collection)!.add(id);

      const bytes = readFileSync(path);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        problems.push({ file, field: 'fichier', problem: 'encodage invalide (le fichier n’est pas en UTF-8)', expected: 'un fichier enregistré en UTF-8' });
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.includes('\r')) {
        problems.push({ file, line: text.slice(0, text.indexOf('\r')).split('\n').length, field: 'fichier', problem: 'fins de ligne Windows (CRLF)', expected: 'des fins de ligne Unix (LF) : réglage « LF » de l’éditeur' });
        text = text.replace(/\r\n?/g, '\n');
      }
      const isDataFile = extension === 'yaml';
      const source = parseSourceFile(text, isDataFile);
      if (!source) {
        problems.push({ file, line: 1, field: 'en-tête', problem: 'en-tête YAML absent', expected: 'un en-tête entre deux lignes « --- » en haut du fichier' });
        continue;
      }
      for (const error of source.yamlErrors) {
        problems.push({ file, line: error.line, field: 'en-tête', problem: `YAML invalide : ${error.message}`, expected: 'un en-tête YAML valide (« champ: valeur », indentation par espaces, guillemets autour des textes contenant « : »)' });
      }
      if (source.yamlErrors.length) continue;

      const result = spec.schema(plainReference).safeParse(source.data ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          const { problem, expected } = describeIssue(issue, valueAt(source.data, issue.path));
          problems.push({ file, line: source.lineOf(issue.path), field: issue.path.join('.') || '(en-tête)', problem, expected });
        }
      } else {
        entries.push({ collection, id, file, data: result.data as Record<string, unknown>, body: source.body });
      }

      if (!isDataFile) {
        for (const finding of checkMarkdownBody(source.body, { isMdx: extension === 'mdx' })) {
          problems.push({ file, line: source.bodyLine + finding.line - 1, field: finding.field, problem: finding.problem, expected: finding.expected });
        }
        checkImages(source.body, path).forEach(({ line, problem, expected }) =>
          problems.push({ file, line: source.bodyLine + line - 1, field: 'image', problem, expected }),
        );
      }
    }
  }

  for (const entry of entries) {
    for (const ref of referencesIn(entry.data)) {
      const known = ids.get(ref.collection);
      if (known && !known.has(ref.id)) {
        const text = readFileSync(resolve(projectRoot, entry.file), 'utf8');
        const source = parseSourceFile(text.replace(/\r\n?/g, '\n'), entry.file.endsWith('.yaml'));
        problems.push({
          file: entry.file,
          line: source?.lineOf(ref.path),
          field: ref.path.join('.'),
          problem: `référence à « ${ref.id} » introuvable dans ${ref.collection}`,
          expected: `l’identifiant d’un fichier de content/${ref.collection}/ (${[...known].slice(0, 5).join(', ')}${known.size > 5 ? '…' : ''})`,
        });
      }
    }
  }

  for (const path of walk(contentDir)) {
    if (claimed.has(path) || rootFiles.has(relative(contentDir, path))) continue;
    problems.push({ file: display(path), field: 'fichier', problem: 'fichier hors de tout dossier de contenu : il serait ignoré', expected: `un des dossiers ${collectionNames.map((n) => `content/${collectionSpecs[n].folder}/`).join(', ')}` });
  }

  return { problems, entries };
}

/** Relative images in a body: present, not too heavy. */
function checkImages(body: string, filePath: string): { line: number; problem: string; expected: string }[] {
  const found: { line: number; problem: string; expected: string }[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
      const target = match[1]!;
      if (/^[a-z]+:|^\/\//i.test(target) || target.startsWith('/')) continue;
      const imagePath = resolve(dirname(filePath), decodeURI(target));
      if (!existsSync(imagePath)) {
        found.push({ line: index + 1, problem: `image introuvable (${target})`, expected: 'un fichier image placé à côté de la page, au chemin indiqué' });
      } else if (statSync(imagePath).size > maxImageBytes) {
        found.push({ line: index + 1, problem: `image trop lourde (${(statSync(imagePath).size / 1048576).toFixed(1)} Mo : ${target})`, expected: 'une image de 2 Mo au plus (la réduire ou la compresser)' });
      }
    }
  });
  return found;
}
