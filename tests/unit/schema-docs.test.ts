import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionSpecs, type CollectionName } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { siteSchema } from '../../src/schemas/site.ts';

// Every field is documented one way: its `.describe()` in French (which the editor's forms and the
// open data reuse), and by name in the CONTRIBUTING section of its kind of content.

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

const sections: Record<CollectionName | 'site', string> = {
  methodes: 'Fiche méthode',
  supports: 'Support à imprimer (canevas)',
  projets: 'Projet (étude de cas)',
  partenaires: 'Partenaire',
  parcours: 'Parcours',
  pages: 'Page',
  principes: 'Principe',
  chiffres: 'Chiffres clés',
  site: 'Configuration du site',
};

const schemas = {
  ...Object.fromEntries(
    Object.entries(collectionSpecs).map(([name, spec]) => [name, spec.schema(plainReference)]),
  ),
  site: siteSchema,
} as unknown as Record<keyof typeof sections, z.ZodType>;

/** Every field of a schema, nested ones as `parent.child`, with its description. */
function fields(
  node: JsonSchemaNode,
  prefix = '',
): { name: string; description: string | undefined }[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const inner = child.items ?? child;
    return [
      { name: `${prefix}${key}`, description: child.description },
      ...fields(inner, `${prefix}${key}.`),
    ];
  });
}

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
function section(title: string): string {
  const start = guide.indexOf(`\n### ${title}\n`);
  if (start < 0) return '';
  const end = guide.slice(start + 1).search(/\n##+ /);
  return end < 0 ? guide.slice(start) : guide.slice(start, start + 1 + end);
}

describe.each(Object.entries(sections))('the fields of %s', (name, title) => {
  const all = fields(
    z.toJSONSchema(schemas[name as keyof typeof sections], {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchemaNode,
  );

  it('each have a French description in the schema', () => {
    expect(all.filter((f) => !f.description?.trim()).map((f) => f.name)).toEqual([]);
  });

  it(`are each named in CONTRIBUTING.md, section « ${title} »`, () => {
    const text = section(title);
    expect(text, `CONTRIBUTING.md has no section « ### ${title} »`).not.toBe('');
    const topLevel = all.filter((f) => !f.name.includes('.')).map((f) => f.name);
    expect(topLevel.filter((field) => !text.includes(`\`${field}\``))).toEqual([]);
  });
});
