import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  collectionNames,
  collectionSpecs,
  entryIdFromPath,
  type CollectionName,
  type CollectionSpec,
} from '../../schemas/collections.ts';
import { redirectsSchema } from '../../schemas/redirects.ts';
import { collectingReference, type EntryReference } from '../../schemas/references.ts';
import { logoWeightLimit, siteSchema } from '../../schemas/site.ts';
import { orList } from '../../lib/format.ts';
import { fileNameProblem } from './file-names.ts';
import {
  checkEditorialRules,
  templatePlaceholder as placeholder,
  type EditorialEntry,
} from './editorial-rules.ts';
import { describeIssue } from './french-issues.ts';
import { checkMarkdownTree, readMarkdownBody, type BodyFinding } from './markdown-rules.ts';
import { checkProse, yearsInProse } from './prose-rules.ts';
import type { Problem } from './problem.ts';
import { parseSourceFile } from './source-file.ts';

/** A valid entry, as `npm run check` read it. */
export interface CheckedEntry extends EditorialEntry {
  collection: CollectionName;
  id: string;
}

export interface CheckOptions {
  /** Receives each Markdown file's tree (not MDX's) and the text it was parsed from, once its rules have read it. */
  onMarkdownTree?: (path: string, body: string, tree: Root) => void;
}

export interface ContentReport {
  /** Mistakes: the build fails on them. */
  problems: Problem[];
  /** Text still to write (« À compléter ») left by a template: shown, not fatal. */
  warnings: Problem[];
  entries: CheckedEntry[];
}

/** Files at the content root that belong to no collection but are expected. */
const rootFiles = new Set(['site.yaml', 'redirections.yaml', 'README.md']);
const maxImageBytes = 2 * 1024 * 1024;

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** Path of the first place a reference id is written in the raw data, for its line number. */
function pathOfValue(
  value: unknown,
  wanted: string,
  path: PropertyKey[] = [],
): PropertyKey[] | undefined {
  if (value === wanted) return path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = pathOfValue(item, wanted, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfValue(item, wanted, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const isAsset = (path: string) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(path);

/**
 * Reads every content file and reports every problem at once: file names,
 * encoding, YAML, schema, duplicate ids, dangling references, Markdown body.
 */
export function checkContent(
  contentDir: string,
  projectRoot = process.cwd(),
  { onMarkdownTree }: CheckOptions = {},
): ContentReport {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const display = (path: string) => relative(projectRoot, path) || path;
  const claimed = new Set<string>();
  /** References read in each file, checked once every id is known. */
  const pendingReferences: {
    file: string;
    source: NonNullable<ReturnType<typeof parseSourceFile>>;
    references: EntryReference[];
  }[] = [];
  /** Ids of every file read, valid or not, so that one invalid file does not make others' references dangle. */
  const ids = new Map<string, Set<string>>(
    collectionNames.map((name) => [name, new Set<string>()]),
  );
  /** The file of each id, per collection, for the problems that name it. */
  const filesById = new Map<string, Map<string, string>>(
    collectionNames.map((name) => [name, new Map<string, string>()]),
  );

  // Each schema is built once (Zod compiles it on first use); references read while parsing a file go to `current`.
  let current: EntryReference[] = [];
  const reference = collectingReference((ref) => current.push(ref));

  for (const collection of collectionNames) {
    const spec = collectionSpecs[collection];
    const schema = spec.schema(reference);
    const folder = join(contentDir, spec.folder);
    const seen = new Map<string, string>();
    for (const path of walk(folder).sort()) {
      claimed.add(path);
      const file = display(path);
      const relativePath = relative(folder, path).replace(/\\/g, '/');
      const extension = /\.([^./]+)$/.exec(relativePath)?.[1] ?? '';
      if (isAsset(relativePath)) continue;
      if (!(spec.extensions as readonly string[]).includes(extension)) {
        problems.push({
          file,
          field: 'fichier',
          problem: `extension « .${extension} » non lue dans ce dossier : le fichier serait ignoré`,
          expected: orList(spec.extensions.map((e) => `.${e}`)),
        });
        continue;
      }
      const id = entryIdFromPath(relativePath);
      const nameProblem = fileNameProblem(id);
      if (nameProblem)
        problems.push({
          file,
          field: 'fichier',
          problem: nameProblem,
          expected: 'minuscules sans accents, chiffres et tirets (carte-d-empathie.md)',
        });
      const previous = seen.get(id);
      if (previous) {
        problems.push({
          file,
          field: 'fichier',
          problem: `identifiant « ${id} » en double avec ${previous} : une des deux pages disparaîtrait`,
          expected: 'un seul fichier par identifiant (renommer ou supprimer l’un des deux)',
        });
        continue;
      }
      seen.set(id, file);
      ids.get(collection)!.add(id);
      filesById.get(collection)!.set(id, file);

      const bytes = readFileSync(path);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        problems.push({
          file,
          field: 'fichier',
          problem: 'encodage invalide (le fichier n’est pas en UTF-8)',
          expected: 'un fichier enregistré en UTF-8',
        });
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.includes('\r')) {
        problems.push({
          file,
          line: text.slice(0, text.indexOf('\r')).split('\n').length,
          field: 'fichier',
          problem: 'fins de ligne Windows (CRLF)',
          expected: 'des fins de ligne Unix (LF) : réglage « LF » de l’éditeur',
        });
        text = text.replace(/\r\n?/g, '\n');
      }
      const placeholderLine = text.split('\n').findIndex((line) => placeholder.test(line));
      if (placeholderLine >= 0) {
        warnings.push({
          file,
          line: placeholderLine + 1,
          field: 'contenu',
          problem: 'texte encore à compléter (laissé par le modèle)',
          expected: 'le texte définitif à la place de « À compléter »',
        });
      }
      const isDataFile = extension === 'yaml';
      const source = parseSourceFile(text, isDataFile);
      if (!source) {
        problems.push({
          file,
          line: 1,
          field: 'en-tête',
          problem: 'en-tête YAML absent',
          expected: 'un en-tête entre deux lignes « --- » en haut du fichier',
        });
        continue;
      }
      for (const error of source.yamlErrors) {
        problems.push({
          file,
          line: error.line,
          field: 'en-tête',
          problem: `YAML invalide : ${error.message}`,
          expected:
            'un en-tête YAML valide (« champ: valeur », indentation par espaces, guillemets autour des textes contenant « : »)',
        });
      }
      if (source.yamlErrors.length) continue;

      // The body is parsed once, here: every rule on it, and the years its prose writes, read this
      // tree; in a build, so does Astro's renderer (onMarkdownTree). It is the text Astro renders: the
      // body without the blank lines around it, whose lines are counted back into the findings'.
      const renderedBody = source.body.trim();
      const skippedLines =
        source.body.slice(0, source.body.indexOf(renderedBody)).split('\n').length - 1;
      const parsed = isDataFile
        ? undefined
        : readMarkdownBody(renderedBody, { isMdx: extension === 'mdx' });
      const tree = parsed && 'tree' in parsed ? parsed.tree : undefined;
      current = [];
      const result = schema.safeParse(source.data ?? {});
      pendingReferences.push({ file, source, references: current });
      if (!result.success) {
        problems.push(...schemaProblems(result.error.issues, source, file, '(en-tête)'));
      } else {
        entries.push({
          collection,
          id,
          file,
          data: result.data as Record<string, unknown>,
          body: source.body,
          bodyLine: source.bodyLine,
          lineOf: (path) => source.lineOf(path),
          // Lines of the body as written (source.body), not of its trimmed text.
          proseYears: tree
            ? new Map([...yearsInProse(tree)].map(([year, line]) => [year, line + skippedLines]))
            : undefined,
        });
      }

      if (parsed) {
        const findings: BodyFinding[] = tree
          ? [...checkMarkdownTree(tree), ...checkProse(tree)]
          : 'finding' in parsed
            ? [parsed.finding]
            : [];
        for (const finding of findings) {
          problems.push({
            file,
            line: source.bodyLine + skippedLines + finding.line - 1,
            field: finding.field,
            problem: finding.problem,
            expected: finding.expected,
          });
        }
        if (tree && extension === 'md') onMarkdownTree?.(path, renderedBody, tree);
        checkImages(source.body, path).forEach(({ line, problem, expected }) =>
          problems.push({
            file,
            line: source.bodyLine + line - 1,
            field: 'image',
            problem,
            expected,
          }),
        );
      }
    }
  }

  for (const { file, source, references } of pendingReferences) {
    for (const ref of references) {
      const known = ids.get(ref.collection);
      if (!known || known.has(ref.id)) continue;
      const path = pathOfValue(source.data, ref.id) ?? [];
      problems.push({
        file,
        line: source.lineOf(path),
        field: path.join('.') || ref.collection,
        problem: `référence à « ${ref.id} » introuvable dans ${ref.collection}`,
        expected: known.size
          ? `l’identifiant d’un fichier de content/${ref.collection}/ (${[...known].slice(0, 5).join(', ')}${known.size > 5 ? '…' : ''})`
          : `l’identifiant d’un fichier de content/${ref.collection}/ (ce dossier est vide)`,
      });
    }
  }

  // A canvas (or any entry of a collection with `sameIdAs`) belongs to the sheet whose file has its name.
  for (const collection of collectionNames) {
    const spec: CollectionSpec = collectionSpecs[collection];
    const owners = spec.sameIdAs && ids.get(spec.sameIdAs);
    if (!spec.sameIdAs || !owners) continue;
    for (const [id, file] of filesById.get(collection) ?? []) {
      if (owners.has(id)) continue;
      problems.push({
        file,
        line: 1,
        field: 'fichier',
        problem: `aucune fiche « ${id} » dans content/${collectionSpecs[spec.sameIdAs].folder}/ : ce fichier ne se rattache à rien`,
        expected: `le nom d’une fiche existante : content/${spec.folder}/<nom>.yaml accompagne content/${collectionSpecs[spec.sameIdAs].folder}/<nom>.md`,
      });
    }
  }

  let siteContact = '';
  for (const [name, schema] of [
    ['site.yaml', siteSchema],
    ['redirections.yaml', redirectsSchema],
  ] as const) {
    const path = join(contentDir, name);
    if (!existsSync(path)) continue;
    const source = parseSourceFile(readFileSync(path, 'utf8'), true);
    const file = display(path);
    source?.yamlErrors.forEach((error) =>
      problems.push({
        file,
        line: error.line,
        field: 'fichier',
        problem: `YAML invalide : ${error.message}`,
        expected: 'un fichier YAML valide',
      }),
    );
    if (!source || source.yamlErrors.length) continue;
    const result = schema.safeParse(source.data ?? {});
    if (name === 'site.yaml' && result.success) {
      const site = result.data as { contact_accessibilite: string; logo: string };
      siteContact = site.contact_accessibilite;
      if (site.logo) {
        claimed.add(join(contentDir, site.logo));
        problems.push(
          ...logoProblems(join(contentDir, site.logo), display, file, source.lineOf(['logo'])),
        );
      }
    }
    problems.push(...schemaProblems(result.error?.issues ?? [], source, file, '(fichier)'));
  }

  for (const path of walk(contentDir)) {
    if (claimed.has(path) || rootFiles.has(relative(contentDir, path))) continue;
    problems.push({
      file: display(path),
      field: 'fichier',
      problem: 'fichier hors de tout dossier de contenu : il serait ignoré',
      expected: `un des dossiers ${collectionNames.map((n) => `content/${collectionSpecs[n].folder}/`).join(', ')}`,
    });
  }

  problems.push(...checkEditorialRules(entries, { hasContact: siteContact !== '' }));
  return { problems, warnings, entries };
}

/** The lab's logo named in site.yaml: present beside it, light enough for every page. */
function logoProblems(
  path: string,
  display: (path: string) => string,
  file: string,
  line: number,
): Problem[] {
  if (!existsSync(path))
    return [
      {
        file,
        line,
        field: 'logo',
        problem: `fichier du logo introuvable : ${display(path)}`,
        expected: 'le fichier du logo à côté de site.yaml, ou logo vide (le nom seul)',
      },
    ];
  const weight = statSync(path).size;
  if (weight > logoWeightLimit)
    return [
      {
        file,
        line,
        field: 'logo',
        problem: `logo de ${Math.round(weight / 1000)} ko : il est chargé sur chaque page`,
        expected: `un fichier de ${logoWeightLimit / 1000} ko au plus (un SVG simplifié, ou un PNG réduit)`,
      },
    ];
  return [];
}

/** Relative images in a body: present, not too heavy. */
function checkImages(
  body: string,
  filePath: string,
): { line: number; problem: string; expected: string }[] {
  const found: { line: number; problem: string; expected: string }[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
      const target = match[1]!;
      if (/^[a-z]+:|^\/\//i.test(target) || target.startsWith('/')) continue;
      const imagePath = resolve(dirname(filePath), decodeURI(target));
      if (!existsSync(imagePath)) {
        found.push({
          line: index + 1,
          problem: `image introuvable (${target})`,
          expected: 'un fichier image placé à côté de la page, au chemin indiqué',
        });
      } else if (statSync(imagePath).size > maxImageBytes) {
        found.push({
          line: index + 1,
          problem: `image trop lourde (${(statSync(imagePath).size / 1048576).toFixed(1)} Mo : ${target})`,
          expected: 'une image de 2 Mo au plus (la réduire ou la compresser)',
        });
      }
    }
  });
  return found;
}

/** A file's schema issues as problems, each at its field's line (`whole`: the name of an issue on the whole file). */
function schemaProblems(
  issues: z.core.$ZodIssue[],
  source: { data: unknown; lineOf(path: readonly PropertyKey[]): number },
  file: string,
  whole: string,
): Problem[] {
  return issues.map((issue) => ({
    file,
    line: source.lineOf(issuePath(issue)),
    field: issuePath(issue).join('.') || whole,
    ...describeIssue(issue, valueAt(source.data, issue.path)),
  }));
}

/** Where an issue is: an unknown field is reported at its own line, under its own name. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length === 1
    ? [...issue.path, issue.keys[0]!]
    : issue.path;
}
