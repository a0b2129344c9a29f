// Interface strings carry their variable parts as {names} (src/i18n/fr.ts), so a sentence stays
// whole in one place, in the order its language wants.

/** fill('{n} fiches.', { n: 3 }) → « 3 fiches. »; a name without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A string around the markup a template puts in its {names}: 'a ({x}) b' → ['a (', 'x', ') b'];
 * the names sit at odd indexes.
 */
export function splitAtNames(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}
