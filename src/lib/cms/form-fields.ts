import { labelFromName, labelFromValue } from './field-labels.ts';
import type { JsonSchema } from '../../schemas/json-schema.ts';
import { referenceMark } from '../../schemas/references.ts';

/** A field of Decap CMS's configuration (the options we use). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  // number
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  // select
  options?: { label: string; value: string }[];
  multiple?: boolean;
  // relation
  collection?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_field?: string;
  options_length?: number;
  // list and object
  field?: CmsField;
  fields?: CmsField[];
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  allow_add?: boolean;
  // datetime
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  // markdown
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

/** What the generator needs to know about the other collections, for relations. */
export interface FieldContext {
  /** The field holding an entry's title in a collection (shown in relation pickers). */
  titleFieldOf(collection: string): string;
}

/** Longest text still edited on one line; longer texts (summaries, descriptions) get a text area. */
const longestLine = 120;
/** Zod writes this bound on integers that have no maximum of their own. */
const noBound = Number.MAX_SAFE_INTEGER;

const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

const isRange = (schema: JsonSchema) => {
  const keys = Object.keys(schema.properties ?? {});
  return (
    typeOf(schema) === 'object' &&
    keys.length === 2 &&
    keys.includes('min') &&
    keys.includes('max') &&
    keys.every((key) => ['integer', 'number'].includes(typeOf(schema.properties![key]!) ?? ''))
  );
};

/** The select's options: each value with the label its schema gives it, or one made from the value. */
function selectOptions({ enum: values = [], optionLabels = {} }: JsonSchema) {
  const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
  return values.map(String).map((value) => ({
    value,
    label: capitalized(optionLabels[value] ?? labelFromValue(value)),
  }));
}

function textPatterns(schema: JsonSchema): Pick<CmsField, 'pattern'> {
  if (schema.format === 'uri')
    return {
      pattern: ['^https?://\\S+$', 'Une adresse web complète, commençant par https://'],
    };
  if (schema.maxLength !== undefined)
    return {
      pattern: [`^[\\s\\S]{0,${schema.maxLength}}$`, `${schema.maxLength} caractères au plus`],
    };
  return {};
}

function numberBounds(schema: JsonSchema): Pick<CmsField, 'value_type' | 'min' | 'max' | 'step'> {
  return {
    value_type: typeOf(schema) === 'integer' ? 'int' : 'float',
    ...(schema.minimum !== undefined && { min: schema.minimum }),
    ...(schema.maximum !== undefined && schema.maximum < noBound && { max: schema.maximum }),
    step: 1,
  };
}

/** The widget part of a field (everything but its name, label, hint and whether it is required). */
function widgetOf(
  name: string,
  schema: JsonSchema,
  context: FieldContext,
): Omit<CmsField, 'name' | 'label'> {
  const type = typeOf(schema);
  const reference = schema[referenceMark];
  if (reference) {
    const title = context.titleFieldOf(reference);
    return {
      widget: 'relation',
      collection: reference,
      value_field: '{{slug}}',
      search_fields: [title],
      display_fields: [title],
      options_length: 500,
    };
  }
  if (schema.enum) return { widget: 'select', options: selectOptions(schema) };
  if (schema.anyOf) {
    // A choice of shapes (a web address, or empty): edited as its first, fuller shape.
    const first = schema.anyOf.find((option) => option.const === undefined) ?? schema.anyOf[0]!;
    return widgetOf(name, first, context);
  }
  switch (type) {
    case 'string':
      if (schema.format === 'date')
        return {
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'DD/MM/YYYY',
          time_format: false,
          picker_utc: true,
        };
      return {
        widget: (schema.maxLength ?? 0) > longestLine ? 'text' : 'string',
        ...textPatterns(schema),
      };
    case 'integer':
    case 'number':
      return { widget: 'number', ...numberBounds(schema) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: objectFields(schema, context, isRange(schema) ? rangeLabels : undefined),
      };
    case 'array':
      return arrayWidget(name, schema, context);
    default:
      throw new Error(
        `Champ « ${name} » : forme de schéma sans champ de formulaire (${JSON.stringify(schema).slice(0, 200)})`,
      );
  }
}

const rangeLabels: Record<string, string> = { min: 'Minimum', max: 'Maximum' };

function listBounds(schema: JsonSchema): Pick<CmsField, 'min' | 'max'> {
  return {
    ...(schema.minItems !== undefined && { min: schema.minItems }),
    ...(schema.maxItems !== undefined && { max: schema.maxItems }),
  };
}

function arrayWidget(
  name: string,
  schema: JsonSchema,
  context: FieldContext,
): Omit<CmsField, 'name' | 'label'> {
  const items = schema.items ?? {};
  const item = widgetOf(name, items, context);
  // Lists of choices and of references are one multiple select.
  if (item.widget === 'select' || item.widget === 'relation')
    return { ...item, multiple: true, ...listBounds(schema) };
  if (item.widget === 'object') {
    const first = item.fields?.[0]?.name;
    return {
      widget: 'list',
      fields: item.fields ?? [],
      collapsed: false,
      ...(first && { summary: `{{fields.${first}}}` }),
      ...listBounds(schema),
    };
  }
  return {
    widget: 'list',
    field: { name: 'element', label: labelFromName(name), required: true, ...item },
    ...listBounds(schema),
  };
}

/** The form field of one schema property. */
export function formField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  context: FieldContext,
  label = schema.title ?? labelFromName(name),
): CmsField {
  const widget = widgetOf(name, schema, context);
  return {
    name,
    label,
    ...widget,
    required,
    ...(schema.description && { hint: schema.description }),
    // An optional date starts empty (Decap would otherwise fill in today).
    ...(widget.widget === 'datetime' && !required && { default: '' }),
  };
}

/** The form fields of an object schema, in the schema's order. */
export function objectFields(
  schema: JsonSchema,
  context: FieldContext,
  labels: Record<string, string> = {},
): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    formField(name, property, required.has(name), context, property.title ?? labels[name]),
  );
}
