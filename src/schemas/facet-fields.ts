import { z } from 'astro/zod';
import type { ChoiceFacet, Facet, RangeFacet } from '../lib/facets/facet.ts';
import { optionLabels } from './option-labels.ts';

/** A min–max range of whole numbers, min ≤ max. */
export const range = (unit: string, floor: number) =>
  z
    .strictObject({
      min: z
        .number({ error: `attendu : un nombre de ${unit}` })
        .int()
        .min(floor, { error: `attendu : au moins ${floor}` })
        .describe(`Le moins de ${unit}.`),
      max: z
        .number({ error: `attendu : un nombre de ${unit}` })
        .int()
        .min(floor, { error: `attendu : au moins ${floor}` })
        .describe(`Le plus de ${unit}.`),
    })
    .refine((r) => r.min <= r.max, {
      error: 'attendu : un minimum inférieur ou égal au maximum',
      path: ['max'],
    });

type OptionId<F extends ChoiceFacet> = F['options'][number]['id'];

const ids = <F extends ChoiceFacet>(facet: F) =>
  facet.options.map((o) => o.id) as [OptionId<F>, ...OptionId<F>[]];

/** The field of a facet holding one value of its vocabulary. */
const oneOf = <F extends ChoiceFacet>(facet: F) =>
  z
    .enum(ids(facet))
    .meta({ title: facet.label, description: facet.help, ...optionLabels(facet.options) });

/** The field of a facet holding one or several values of its vocabulary. */
const someOf = <F extends ChoiceFacet>(facet: F) =>
  z
    .array(z.enum(ids(facet)).meta(optionLabels(facet.options)))
    .min(1, { error: `attendu : au moins une valeur (${facet.label.toLowerCase()})` })
    .meta({ title: facet.label, description: facet.help });

/** The field of a range facet: `{ min, max }`. */
const rangeOf = (facet: RangeFacet) =>
  range(facet.unit, facet.floor).meta({ title: facet.label, description: facet.help });

/** The free-text field that explains a facet's value (how to run a method remotely). */
const detailOf = (detail: NonNullable<ChoiceFacet['detail']>) =>
  z
    .string()
    .trim()
    .min(1, { error: 'attendu : un texte non vide' })
    .optional()
    .meta({ title: detail.label, description: detail.help });

type FieldOf<F extends Facet> = F extends ChoiceFacet
  ? F extends { multiple: true }
    ? ReturnType<typeof someOf<F>>
    : ReturnType<typeof oneOf<F>>
  : ReturnType<typeof rangeOf>;

/** A facet whose field the schema writes itself: a range read from other fields (a project's years). */
type ReadsOtherFields = { range: NonNullable<RangeFacet['range']> };

/** The schema fields a list of facets generates, by key. */
export type FacetFields<T extends readonly Facet[]> = {
  [F in Exclude<T[number], ReadsOtherFields> as F['key']]: FieldOf<F>;
} & {
  [F in T[number] as F extends { detail: { key: infer K extends string } } ? K : never]: ReturnType<
    typeof detailOf
  >;
};

/**
 * The schema fields of a collection's facets, in their declared order: each facet's field (one
 * value, several, or `{ min, max }`), then its detail if it has one. A range facet that reads other
 * fields (`range`) generates none: the schema writes those fields. Adding a facet to a collection's
 * declarations adds its field here; its detail's rule comes from `facetRules`.
 */
export function facetFields<const T extends readonly Facet[]>(facets: T): FacetFields<T> {
  const fields: Record<string, z.ZodType> = {};
  for (const facet of facets) {
    if (facet.kind === 'range') {
      if (!facet.range) fields[facet.key] = rangeOf(facet);
      continue;
    }
    fields[facet.key] = facet.multiple ? someOf(facet) : oneOf(facet);
    if (facet.detail) fields[facet.detail.key] = detailOf(facet.detail);
  }
  return fields as FacetFields<T>;
}

/**
 * The rules of a collection's facets (`.superRefine(facetRules(facets))`): a facet's detail is
 * required unless every value is one that needs no explanation.
 */
export function facetRules(facets: readonly Facet[]) {
  return (data: Record<string, unknown>, context: z.RefinementCtx) => {
    for (const facet of facets) {
      const detail = facet.kind === 'choice' ? facet.detail : undefined;
      if (!detail) continue;
      const values = [data[facet.key]].flat() as string[];
      if (values.every((v) => detail.unlessValue.includes(v)) || data[detail.key]) continue;
      context.addIssue({
        code: 'custom',
        path: [detail.key],
        message: `attendu : ${detail.label.toLowerCase()}, puisque ${facet.key} vaut « ${values.join(', ')} »`,
      });
    }
  };
}
