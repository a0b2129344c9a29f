import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentedSchemas,
  fieldTable,
  tablesIn,
  withFieldTables,
  type DocumentedSchema,
} from '../../src/build/field-docs.ts';
import { methodFacets } from '../../src/lib/facets/method-facets.ts';

// Every field is documented one way: its `.describe()` in French, which the editor's forms, the open
// data and CONTRIBUTING.md's field tables (written by `npm run docs`) reuse.

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** Every field of a schema, nested ones as `parent.child`, with its description. */
function fields(
  node: JsonSchemaNode,
  prefix = '',
): { name: string; description: string | undefined }[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => [
    { name: `${prefix}${key}`, description: child.description },
    ...fields(child.items ?? child, `${prefix}${key}.`),
  ]);
}

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const names = Object.keys(documentedSchemas) as DocumentedSchema[];

describe.each(names)('the fields of %s', (name) => {
  const all = fields(
    z.toJSONSchema(documentedSchemas[name], {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchemaNode,
  );

  it('each have a French description in the schema', () => {
    expect(all.filter((f) => !f.description?.trim()).map((f) => f.name)).toEqual([]);
  });

  it('each have a row in the table', () => {
    const table = fieldTable(name);
    expect(all.filter((f) => !table.includes(`| \`${f.name}\` |`)).map((f) => f.name)).toEqual([]);
  });
});

describe('CONTRIBUTING.md', () => {
  it('holds one field table per schema', () => {
    expect(tablesIn(guide).sort()).toEqual([...names].sort());
  });

  it('holds the tables the schemas give today (else: npm run docs)', () => {
    expect(guide, 'CONTRIBUTING.md n’est plus à jour : lancez « npm run docs »').toBe(
      withFieldTables(guide),
    );
  });
});

describe('a field table', () => {
  const table = fieldTable('methodes');

  it('says whether a field is required and what it accepts, from the schema', () => {
    expect(table).toContain(
      '| `resume` | oui | Une phrase : ce que fait la méthode et quand l’utiliser. | texte, 240 caractères au plus |',
    );
    expect(table).toMatch(
      /\| `methodes_liees` \| non \| .* nom d’un fichier de `content\/methodes\/`/,
    );
    expect(table).toMatch(/\| `duree\.min` \| oui \| .* \| nombre entier, 5 ou plus \|/);
  });

  it('lists every value of a facet’s vocabulary', () => {
    for (const facet of methodFacets)
      if (facet.kind === 'choice')
        for (const option of facet.options) expect(table).toContain(`\`${option.id}\``);
  });

  it('is written between its markers, and a marker naming no schema is an error', () => {
    const stale = '<!-- champs: parcours -->\n| vieux |\n<!-- fin des champs -->';
    expect(withFieldTables(stale)).toBe(
      `<!-- champs: parcours -->\n${fieldTable('parcours')}\n<!-- fin des champs -->`,
    );
    expect(() => withFieldTables('<!-- champs: recettes -->\n<!-- fin des champs -->')).toThrow(
      /aucun schéma « recettes »/,
    );
  });
});
