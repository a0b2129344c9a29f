import { Document, isMap, isSeq, parseDocument, type Node, type Pair } from 'yaml';

/**
 * Writes YAML data back into the text it was read from, keeping that text as the editor wrote it:
 * a top-level field whose value did not change keeps its lines (comments, quotes, `[a, b]` lists,
 * `{ min, max }` objects); a changed field is rewritten in the style it had; a new field is placed
 * after the field that precedes it in the schema. So a change in the browser editor shows in
 * `git diff` as the lines of the fields it changed, and nothing else.
 */

const stringifyOptions = { lineWidth: 0, indentSeq: true } as const;

/** Lists of identifiers and objects of numbers are written on one line, as CONTRIBUTING.md shows them. */
function prefersFlow(value: unknown): boolean {
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => typeof v === 'string' && /^[a-z0-9-]+$/.test(v));
  return (
    !!value &&
    typeof value === 'object' &&
    Object.values(value).length > 0 &&
    Object.values(value).every((v) => typeof v === 'number')
  );
}

/** The YAML text of one top-level field, in flow style when asked to. */
function fieldText(key: string, value: unknown, flow: boolean): string {
  const doc = new Document({ [key]: value });
  const pair = (doc.contents as { items: Pair[] }).items[0]!;
  if (flow && (isSeq(pair.value) || isMap(pair.value)))
    (pair.value as { flow?: boolean }).flow = true;
  // As the files are written by hand: `[explorer, imaginer]`, `{ min: 30, max: 60 }`.
  return doc.toString({ ...stringifyOptions, flowCollectionPadding: isMap(pair.value) });
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/**
 * Drops what the schemas never accept and the form leaves behind: empty texts, empty list items,
 * empty lists and objects of optional fields. Kept when the file already had that empty value.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(withoutEmptyValues).filter((item) => item !== '' && item !== null);
  if (!value || typeof value !== 'object') return value;
  const kept = Object.entries(value)
    .map(([key, item]) => [key, withoutEmptyValues(item)] as const)
    .filter(([, item]) => !isEmpty(item));
  return Object.fromEntries(kept);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The new text of a YAML mapping document holding `data`, written over `original` (may be empty). */
export function writeYaml(
  data: Record<string, unknown>,
  original: string,
  keyOrder: readonly string[],
): string {
  const cleaned = withoutEmptyValues(data) as Record<string, unknown>;
  const doc = original.trim() ? parseDocument(original) : undefined;
  const pairs = ((doc?.contents as { items?: Pair<Node, Node>[] } | null)?.items ?? []) as Pair<
    Node,
    Node
  >[];
  const before = (doc?.toJS() ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(before))
    if (!(key in cleaned) && isEmpty(value)) cleaned[key] = value;

  // The original text cut at each top-level field: [start, end) of each pair, comments included.
  const starts = pairs.map((pair) => pair.key.range?.[0] ?? 0);
  const slices = pairs.map((pair, i) => ({
    key: String((pair.key as { value?: unknown }).value),
    start: starts[i]!,
    end: i + 1 < pairs.length ? starts[i + 1]! : original.length,
    valueEnd: pair.value?.range?.[1] ?? pair.key.range?.[1] ?? starts[i]!,
    flow: !!(pair.value as { flow?: boolean } | null)?.flow,
  }));
  const prefix = original.slice(0, starts[0] ?? original.length);

  const parts: { key: string; text: string }[] = [];
  for (const slice of slices) {
    if (!(slice.key in cleaned)) continue;
    const value = cleaned[slice.key];
    if (sameValue(value, before[slice.key])) {
      parts.push({ key: slice.key, text: original.slice(slice.start, slice.end) });
      continue;
    }
    // What followed the old value (a comment, blank lines) stays after the new one.
    const after = original.slice(slice.valueEnd, slice.end).replace(/^[^\n]*\n?/, '');
    parts.push({ key: slice.key, text: fieldText(slice.key, value, slice.flow) + after });
  }
  const known = new Set(slices.map((s) => s.key));
  const order = (key: string) => {
    const index = keyOrder.indexOf(key);
    return index === -1 ? keyOrder.length : index;
  };
  for (const [key, value] of Object.entries(cleaned)) {
    if (known.has(key)) continue;
    const text = fieldText(key, value, prefersFlow(value));
    // After the last field that comes before it in the schema's order.
    let at = parts.length;
    while (at > 0 && order(parts[at - 1]!.key) > order(key)) at--;
    parts.splice(at, 0, { key, text });
  }
  const body = parts.map((p) => (p.text.endsWith('\n') ? p.text : `${p.text}\n`)).join('');
  return prefix + body;
}
