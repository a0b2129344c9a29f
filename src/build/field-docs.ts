// CONTRIBUTING.md's field tables, generated from the schemas (`npm run docs`): a field is documented
// once, by its French `.describe()`; the table adds whether it is required and what it accepts, read
// from the schema itself, so that a new field or a new value of a vocabulary reaches the guide.
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName } from '../schemas/collections.ts';
import { toJsonSchema, type JsonSchema } from '../schemas/json-schema.ts';
import { plainReference, referenceMark } from '../schemas/references.ts';
import { siteSchema } from '../schemas/site.ts';
import { orList } from '../lib/format.ts';

/** Every documented schema: the content collections and `content/site.yaml`. */
export const documentedSchemas: Record<CollectionName | 'site', z.ZodType> = {
  ...(Object.fromEntries(
    Object.entries(collectionSpecs).map(([name, spec]) => [name, spec.schema(plainReference)]),
  ) as unknown as Record<CollectionName, z.ZodType>),
  site: siteSchema,
};

export type DocumentedSchema = keyof typeof documentedSchemas;

const jsonSchema = (name: DocumentedSchema) => toJsonSchema(documentedSchemas[name]);

const code = (value: unknown) => `\`${String(value)}\``;
const codeList = (values: unknown[]) => orList(values.map(code));
const safeInteger = Number.MAX_SAFE_INTEGER;

/** What a field accepts, in French, from its JSON Schema node. */
function accepted(node: JsonSchema): string {
  const choices = node.anyOf?.filter(
    (n) => n.const !== '' && !(n.enum?.length === 1 && n.enum[0] === ''),
  );
  if (choices?.length === 1) return accepted(choices[0]!);
  const reference = node[referenceMark];
  if (reference)
    return `nom d’un fichier de \`content/${collectionSpecs[reference].folder}/\`, sans extension`;
  if (node.enum) return codeList(node.enum.filter((v) => v !== ''));
  if (node.type === 'array') {
    const count = node.minItems ? `au moins ${node.minItems}` : 'éventuellement vide';
    const items = node.items ?? {};
    if (items.enum) return `liste (${count}) parmi ${codeList(items.enum)}`;
    if (items.type === 'object')
      return `liste (${count}) d’éléments, chacun avec les champs ci-dessous`;
    return `liste (${count}), chaque élément : ${accepted(items)}`;
  }
  if (node.type === 'object') return 'les champs ci-dessous';
  if (node.type === 'boolean') return '`true` ou `false`';
  if (node.type === 'integer' || node.type === 'number') {
    const { minimum: min, maximum: max } = node;
    const bounded = max !== undefined && max < safeInteger;
    if (min !== undefined && bounded) return `nombre entier de ${min} à ${max}`;
    return min !== undefined ? `nombre entier, ${min} ou plus` : 'nombre entier';
  }
  if (node.format === 'date' || node.pattern?.includes('\\d{4}-')) return 'date `AAAA-MM-JJ`';
  if (node.format === 'uri' || node.pattern?.startsWith('^https')) return 'adresse web `https://…`';
  return node.maxLength ? `texte, ${node.maxLength} caractères au plus` : 'texte';
}

/** One row per field, nested fields as `parent.child` right after their parent. */
function rows(node: JsonSchema, prefix = ''): string[] {
  const object = node.type === 'array' ? node.items : node;
  return Object.entries(object?.properties ?? {}).flatMap(([key, child]) => {
    const required = object?.required?.includes(key) && child.default === undefined;
    const description = (child.description ?? '').replace(/\|/g, '\\|');
    const row = `| ${code(prefix + key)} | ${required ? 'oui' : 'non'} | ${description} | ${accepted(child)} |`;
    const nested = child.type === 'array' ? child.items : child;
    return [row, ...(nested?.type === 'object' ? rows(child, `${prefix}${key}.`) : [])];
  });
}

export function fieldTable(name: DocumentedSchema): string {
  return [
    '| Champ | Obligatoire | Ce qu’on y écrit | Valeurs acceptées |',
    '|---|---|---|---|',
    ...rows(jsonSchema(name)),
  ].join('\n');
}

const marker = /<!-- champs: ([a-z]+) -->\n[\s\S]*?<!-- fin des champs -->/g;

/** The guide with each marked table written anew; names a marker no schema has. */
export function withFieldTables(guide: string): string {
  return guide.replace(marker, (_, name: string) => {
    if (!(name in documentedSchemas)) throw new Error(`CONTRIBUTING.md : aucun schéma « ${name} »`);
    return `<!-- champs: ${name} -->\n${fieldTable(name as DocumentedSchema)}\n<!-- fin des champs -->`;
  });
}

/** The schemas whose table the guide holds. */
export const tablesIn = (guide: string) => [...guide.matchAll(marker)].map((m) => m[1]!);
