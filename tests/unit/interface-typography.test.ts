import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/fr.ts';
import { frenchPunctuation } from '../../src/lib/french-punctuation.ts';

// Templates show interface strings as they are written: each must already carry French
// typography (’, « », narrow no-break spaces \u202F before ; : ! ?), or a reader sees the fault.

/** Every string in a value, however deep, with where it sits. */
function stringsOf(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${at}.${key}`));
  return [];
}

const untypeset = (strings: [string, string][]) =>
  strings.filter(([, text]) => frenchPunctuation(text) !== text).map(([at]) => at);

describe('interface strings are written typeset', () => {
  const folder = new URL('../../src/vocabulary/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));

  it.each(files)('src/vocabulary/%s', async (file) => {
    const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
    expect(untypeset(stringsOf(module, file))).toEqual([]);
  });

  it('src/i18n/fr.ts', () => {
    expect(untypeset(stringsOf(ui, 'ui'))).toEqual([]);
  });
});
