import type { z } from 'astro/zod';

const show = (value: unknown) =>
  typeof value === 'string' ? `« ${value} »` : JSON.stringify(value);

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un groupe de champs',
  date: 'une date',
};

/** Turns a Zod issue into a French problem and what is expected, for editors. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  received: unknown,
): { problem: string; expected: string } {
  const own = issue.message.startsWith('attendu : ')
    ? issue.message.slice('attendu : '.length)
    : undefined;
  if (received === undefined && issue.code !== 'custom') {
    const expected =
      issue.code === 'invalid_value'
        ? `une de ces valeurs : ${issue.values.map((v) => show(v)).join(', ')}`
        : issue.code === 'invalid_type'
          ? (typeNames[issue.expected] ?? issue.expected)
          : 'une valeur';
    return { problem: 'champ obligatoire manquant', expected: own ?? expected };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        problem: `valeur de mauvais type (${show(received)})`,
        expected: own ?? typeNames[issue.expected] ?? issue.expected,
      };
    case 'invalid_value':
      return {
        problem: `valeur inconnue ${show(received)}`,
        expected: `une de ces valeurs : ${issue.values.map((v) => show(v)).join(', ')}`,
      };
    case 'too_small':
      return {
        problem:
          issue.origin === 'array'
            ? 'liste trop courte'
            : issue.origin === 'string'
              ? 'texte vide ou trop court'
              : `valeur trop petite (${show(received)})`,
        expected:
          own ??
          (issue.origin === 'array'
            ? `au moins ${issue.minimum} élément(s)`
            : `au moins ${issue.minimum}`),
      };
    case 'too_big':
      return {
        problem:
          issue.origin === 'array'
            ? 'liste trop longue'
            : issue.origin === 'string'
              ? 'texte trop long'
              : `valeur trop grande (${show(received)})`,
        expected:
          own ??
          (issue.origin === 'string'
            ? `au plus ${issue.maximum} caractères`
            : `au plus ${issue.maximum}`),
      };
    case 'invalid_format':
      return {
        problem: `format invalide (${show(received)})`,
        expected: own ?? `le format ${issue.format}`,
      };
    case 'unrecognized_keys':
      return {
        problem: `champ(s) inconnu(s) : ${issue.keys.join(', ')}`,
        expected: 'uniquement les champs décrits dans CONTRIBUTING.md',
      };
    case 'invalid_union':
      return {
        problem: `valeur invalide (${show(received)})`,
        expected: own ?? 'une valeur conforme au modèle',
      };
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      const innerOwn = inner?.message.startsWith('attendu : ')
        ? inner.message.slice('attendu : '.length)
        : undefined;
      return {
        problem: issue.code === 'invalid_key' ? 'clé invalide' : 'élément invalide',
        expected: innerOwn ?? 'une valeur conforme au modèle (voir CONTRIBUTING.md)',
      };
    }
    case 'custom':
      return {
        problem:
          received === undefined ? 'champ manquant' : `valeur incohérente (${show(received)})`,
        expected: own ?? issue.message,
      };
    default:
      return {
        problem: `valeur invalide (${show(received)})`,
        expected: own ?? 'une valeur conforme au modèle (voir CONTRIBUTING.md)',
      };
  }
}
