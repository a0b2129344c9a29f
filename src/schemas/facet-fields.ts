import { z } from 'astro/zod';
import type { ChoiceFacet, RangeFacet } from '../lib/facets/facet.ts';

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
export const oneOf = <F extends ChoiceFacet>(facet: F) => z.enum(ids(facet)).describe(facet.help);

/** The field of a facet holding one or several values of its vocabulary. */
export const someOf = <F extends ChoiceFacet>(facet: F) =>
  z
    .array(z.enum(ids(facet)))
    .min(1, { error: `attendu : au moins une valeur (${facet.label.toLowerCase()})` })
    .describe(facet.help);

/** The field of a range facet: `{ min, max }`. */
export const rangeOf = (facet: RangeFacet) => range(facet.unit, facet.floor).describe(facet.help);

/** The free-text field that explains a facet's value (how to run a method remotely). */
export const detailOf = (facet: ChoiceFacet) =>
  z
    .string()
    .trim()
    .min(1, { error: 'attendu : un texte non vide' })
    .optional()
    .describe(facet.detail?.help ?? '');

/** The rule of a facet's detail: required unless every value is one that needs no explanation. */
export function detailRule(facet: ChoiceFacet) {
  const detail = facet.detail!;
  return (data: Record<string, unknown>, context: z.RefinementCtx) => {
    const values = [data[facet.key]].flat() as string[];
    if (values.every((v) => detail.unlessValue.includes(v)) || data[detail.key]) return;
    context.addIssue({
      code: 'custom',
      path: [detail.key],
      message: `attendu : ${detail.label.toLowerCase()}, puisque ${facet.key} vaut « ${values.join(', ')} »`,
    });
  };
}
