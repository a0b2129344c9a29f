import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { bodyField, cmsCollections, entrySchema } from '../../src/lib/cms/collections.ts';
import type { CmsField } from '../../src/lib/cms/form-fields.ts';
import { toJsonSchema, type JsonSchema } from '../../src/schemas/json-schema.ts';
import { collectionNames, collectionSpecs, holdsMarkdown } from '../../src/schemas/collections.ts';
import { z } from 'astro/zod';
import { isoDate } from '../../src/schemas/common.ts';
import { methodSchema } from '../../src/schemas/method.ts';
import { objectFields } from '../../src/lib/cms/form-fields.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { optionLabels } from '../../src/schemas/option-labels.ts';

// The editor's forms are generated from the schemas (src/lib/cms/): every field of a schema has its
// form field, and the form has no field the schema does not know, at every depth.

/** Dotted paths of a schema's fields, objects and lists of objects included. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const inner = property.type === 'array' ? property.items : property;
    return [path, ...(inner?.properties ? schemaPaths(inner, `${path}.`) : [])];
  });
}

/** Dotted paths of a form's fields, the same way. */
function formPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    return [path, ...(field.fields ? formPaths(field.fields, `${path}.`) : [])];
  });
}

const allFields = (fields: CmsField[]): CmsField[] =>
  fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? [f.field] : [])]);

describe.each(collectionNames)('the form of %s', (name) => {
  const schema = entrySchema(name);
  const collections = cmsCollections(name);
  const fields = collections[0]!.fields;
  const hasBody = holdsMarkdown(collectionSpecs[name]);

  it('has a field for every field of the schema, and none the schema does not know', () => {
    const form = formPaths(fields).filter((path) => path !== bodyField);
    expect(form.sort()).toEqual(schemaPaths(schema).sort());
    expect(formPaths(fields).includes(bodyField)).toBe(hasBody);
  });

  it('requires exactly what the schema requires', () => {
    const required = new Set(schema.required ?? []);
    for (const field of fields.filter((f) => f.name !== bodyField))
      expect(field.required, field.name).toBe(required.has(field.name));
  });

  it('labels every field in French, offers the vocabulary’s labels, and helps where the schema says why', () => {
    for (const field of allFields(fields)) {
      expect(field.label, field.name).toMatch(/^\p{Lu}/u);
      expect(field.label, field.name).not.toMatch(/_/);
      for (const option of field.options ?? [])
        expect(option.label, `${field.name}: ${option.value}`).toMatch(/^[\p{Lu}\d][^_]*$/u);
    }
    // Every field says what it is for, in the schema (`.describe()`), and the form shows it.
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      expect(property.description, field).toBeTruthy();
      expect(fields.find((f) => f.name === field)?.hint, field).toBe(property.description);
    }
  });

  it('edits each folder of the collection as plain Markdown or YAML, under content/', () => {
    for (const collection of collections) {
      expect(collection.folder).toMatch(new RegExp(`^content/${collectionSpecs[name].folder}`));
      expect(collection.extension).toBe(hasBody ? 'md' : 'yaml');
    }
  });
});

describe('the editor’s configuration', () => {
  const config = cmsConfig();
  const methods = config.collections.find((c) => c.name === 'methodes')!;
  const field = (name: string) => methods.fields.find((f) => f.name === name)!;

  it('saves each change on a branch with a pull request, in French', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('fr');
  });

  it('turns the method sheet’s schema into the widgets an editor expects', () => {
    expect(field('phases')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field('phases').options?.[0]).toEqual({ value: 'cadrer', label: 'Cadrer' });
    expect(field('difficulte').options?.map((o) => o.label)).toEqual([
      'Découverte',
      'Intermédiaire',
      'Confirmé',
    ]);
    expect(field('duree')).toMatchObject({ widget: 'object' });
    expect(field('duree').fields?.map((f) => [f.name, f.widget, f.value_type, f.min])).toEqual([
      ['min', 'number', 'int', 5],
      ['max', 'number', 'int', 5],
    ]);
    expect(field('methodes_liees')).toMatchObject({
      widget: 'relation',
      collection: 'methodes',
      multiple: true,
      required: false,
      value_field: '{{slug}}',
    });
    expect(field('materiel')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('materiel').field).toMatchObject({ widget: 'string' });
    expect(field('sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('sources').fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['titre', 'string', true],
      ['url', 'string', true],
      ['date', 'datetime', false],
      ['consultation', 'string', false],
      ['langue', 'select', false],
    ]);
    expect(field('derniere_revue')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field('resume')).toMatchObject({ widget: 'text' });
    expect(field('titre').pattern?.[1]).toBe('120 caractères au plus');
  });

  it('offers a relation to the other collection for every reference', () => {
    const projects = config.collections.find((c) => c.name === 'projets')!;
    expect(projects.fields.find((f) => f.name === 'partenaires')).toMatchObject({
      widget: 'relation',
      collection: 'partenaires',
      search_fields: ['nom'],
    });
    const parcours = config.collections.find((c) => c.name === 'parcours')!;
    const steps = parcours.fields.find((f) => f.name === 'etapes')!;
    expect(steps.fields?.find((f) => f.name === 'methode')).toMatchObject({
      widget: 'relation',
      collection: 'methodes',
    });
  });

  it('labels a choice from its own schema, never from a vocabulary that has the same values', () => {
    const schema = z.strictObject({
      // The values of the sources' languages, without their labels: no label is borrowed.
      langue: z.enum(['fr', 'en', 'de', 'es', 'it', 'nl']),
      taille: z
        .enum(['petit', 'grand'])
        .meta(optionLabels({ petit: 'une table', grand: 'la salle' })),
      tailles: z.array(
        z.enum(['petit', 'grand']).meta(
          optionLabels([
            { id: 'petit', label: 'une table' },
            { id: 'grand', label: 'la salle' },
          ]),
        ),
      ),
    });
    const fields = objectFields(toJsonSchema(schema), { titleFieldOf: () => 'titre' });
    const labels = (name: string) =>
      fields
        .find((f) => f.name === name)!
        .options?.map((o) => (typeof o === 'string' ? o : o.label));
    expect(labels('langue')).not.toContain('En français');
    expect(labels('taille')).toEqual(['Une table', 'La salle']);
    expect(labels('tailles')).toEqual(['Une table', 'La salle']);
  });

  it('handles a field added to a schema without any change to the generator', () => {
    const extended = methodSchema(plainReference).safeExtend({
      lieu: z.enum(['presentiel', 'distanciel']).describe('Où se tient la séance.'),
      supports: z
        .array(z.strictObject({ titre: z.string().min(1), date_limite: isoDate().optional() }))
        .default([])
        .describe('Supports à imprimer.'),
      parcours_associe: plainReference('methodes').optional(),
      imprimable: z.boolean().default(true),
    });
    const json = toJsonSchema(extended);
    const fields = objectFields(json, { titleFieldOf: () => 'titre' });
    expect(formPaths(fields).sort()).toEqual(schemaPaths(json).sort());
    const byName = (name: string) => fields.find((f) => f.name === name)!;
    expect(byName('lieu')).toMatchObject({
      widget: 'select',
      label: 'Lieu',
      required: true,
      hint: 'Où se tient la séance.',
    });
    expect(byName('supports').fields?.map((f) => [f.label, f.widget])).toEqual([
      ['Titre', 'string'],
      ['Date limite', 'datetime'],
    ]);
    expect(byName('parcours_associe')).toMatchObject({ widget: 'relation', required: false });
    expect(byName('imprimable')).toMatchObject({ widget: 'boolean', required: false });
  });
});
