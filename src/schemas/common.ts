import { z } from 'astro/zod';
import { optionLabels } from './option-labels.ts';

/** A non-empty line of text, trimmed. */
export const text = () => z.string().trim().min(1, { error: 'attendu : un texte non vide' });

/** A title: short enough for a page heading and a browser tab. */
export const title = () =>
  text().max(120, { error: 'attendu : un titre de 120 caractères au plus' });

/** A web address starting with https:// or http://. */
export const webAddress = () =>
  z.url({
    protocol: /^https?$/,
    error: 'attendu : une adresse web complète commençant par https://',
  });

/** True for a real calendar date written AAAA-MM-JJ. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date written AAAA-MM-JJ (YAML may already have turned it into a Date). */
export const isoDate = () =>
  z
    .preprocess(
      (value) =>
        value instanceof Date && !Number.isNaN(value.getTime())
          ? value.toISOString().slice(0, 10)
          : value,
      z
        .string({ error: 'attendu : une date au format AAAA-MM-JJ' })
        .refine(isIsoDate, { error: 'attendu : une date au format AAAA-MM-JJ' }),
    )
    .meta({ format: 'date' });

/** A year between the lab's prehistory and a reasonable future. */
export const year = () =>
  z
    .number({ error: 'attendu : une année sur quatre chiffres, par exemple 2022' })
    .int()
    .min(2000, { error: 'attendu : une année à partir de 2000' })
    .max(2100, { error: 'attendu : une année avant 2100' });

/** Languages a source may be written in; readers are told when it is not French. */
export const sourceLanguages = {
  fr: 'en français',
  en: 'en anglais',
  de: 'en allemand',
  es: 'en espagnol',
  it: 'en italien',
  nl: 'en néerlandais',
} as const;
export type SourceLanguage = keyof typeof sourceLanguages;
const sourceLanguageIds = Object.keys(sourceLanguages) as [SourceLanguage, ...SourceLanguage[]];

/** A source's web address when it is required (sheets, case studies). */
export const requiredSourceAddress = () =>
  webAddress().describe('Adresse web de la source, commençant par https://.');

/** Where a fact comes from. Every fact about the lab carries at least one. */
export const source = z.strictObject({
  /** Title of the document or page, as its publisher gives it. */
  titre: text().describe('Titre du document ou de la page, tel que son éditeur le donne.'),
  /** Web address of the source; absent for the lab's own presentation document. */
  url: webAddress()
    .optional()
    .describe('Adresse web de la source ; absente pour la présentation du laboratoire.'),
  /** Publication date of the source, AAAA-MM-JJ, when known. */
  date: isoDate()
    .optional()
    .describe('Date de publication de la source (AAAA-MM-JJ), si elle est connue.'),
  /** Month the page was read (AAAA-MM): for an undated page that may change or disappear. */
  consultation: z
    .string({ error: 'attendu : un mois au format AAAA-MM' })
    .regex(/^[0-9]{4}-(?:0[1-9]|1[0-2])$/, { error: 'attendu : un mois au format AAAA-MM' })
    .optional()
    .describe(
      'Mois de consultation (AAAA-MM) d’une page non datée qui peut changer ou disparaître (site actuel du laboratoire, guides fermés).',
    ),
  /** Language of the source; absent means French. */
  langue: z
    .enum(sourceLanguageIds)
    .meta(optionLabels(sourceLanguages))
    .optional()
    .describe(
      'Langue de la source : fr, en, de, es, it ou nl ; absente, la source est en français.',
    ),
});

export type Source = z.infer<typeof source>;

/** Public sources, each with its web address (sheets, canvases, case studies). */
export const publicSources = (description: string) =>
  z
    .array(source.extend({ url: requiredSourceAddress() }))
    .min(1, { error: 'attendu : au moins une source publique avec son adresse web' })
    .describe(description);

/**
 * The sources of what agents use in a workshop (a sheet, a canvas), with the reason none is in
 * French when that is so; the schema adds `frenchSourceRule`, which ties the two.
 */
export const atelierSources = (subject: string) => ({
  sources: publicSources(
    `Sources publiques décrivant ${subject} (titre, adresse, date, langue si elle n’est pas le français).`,
  ),
  sans_source_francaise: text()
    .optional()
    .describe('Pourquoi aucune source en français n’est citée (à remplir seulement dans ce cas).'),
});

/**
 * Agents read French first: a sheet (or canvas) cites a French source, or says why none exists.
 * A reason left behind once a French source is added would mislead the next editor: refused.
 */
export function frenchSourceRule(
  entry: { sources: { langue?: string | undefined }[]; sans_source_francaise?: string | undefined },
  context: z.RefinementCtx,
) {
  const hasFrench = entry.sources.some((s) => (s.langue ?? 'fr') === 'fr');
  if (!hasFrench && !entry.sans_source_francaise)
    context.addIssue({
      code: 'custom',
      path: ['sources'],
      message:
        'attendu : au moins une source en français, ou le champ « sans_source_francaise » qui dit pourquoi il n’en existe pas',
    });
  if (hasFrench && entry.sans_source_francaise)
    context.addIssue({
      code: 'custom',
      path: ['sans_source_francaise'],
      message:
        'attendu : aucun motif, puisque la fiche cite une source en français (retirez ce champ)',
    });
}
