// A facet is a filterable property of an entry, declared once: its vocabulary, the field it reads,
// how a query matches it, its URL parameter and search filter (its name), its French labels. The
// schema field (src/schemas/facet-fields.ts), the facts panel, the library's filters and data attributes, the booklet selection,
// the search page's filters and the documentation derive from the declarations. Pure: this module
// runs at build time and in the browser, so it imports no schema library.

export interface FacetOption {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

interface FacetBase {
  /** Identifier: the URL parameter and the search filter's name, in French since readers share addresses. */
  readonly name: string;
  /** The frontmatter field it reads. */
  readonly key: string;
  /** Its French label (facts panel, filters, search). */
  readonly label: string;
  /** What an editor writes in the field (schema description, CONTRIBUTING, the editor's help). */
  readonly help: string;
}

/** One or several values out of a vocabulary (phase, difficulté, modalité…). */
export interface ChoiceFacet extends FacetBase {
  readonly kind: 'choice';
  readonly options: readonly FacetOption[];
  /** The field holds a list (at least one value) rather than one value. */
  readonly multiple: boolean;
  /** Offered as a filter on /recherche/ (a Pagefind filter of the facet's name). */
  readonly inSearch: boolean;
  /** A free-text field that explains the value, required unless the value is one of `unlessValue`. */
  readonly detail?: {
    readonly key: string;
    readonly label: string;
    readonly help: string;
    readonly unlessValue: readonly string[];
  };
}

/** A range of whole numbers (durée, participant·e·s), matched against one number a reader gives. */
export interface RangeFacet extends FacetBase {
  readonly kind: 'range';
  /** `fits`: the entry can be done within N (its minimum ≤ N); `contains`: min ≤ N ≤ max. */
  readonly match: 'fits' | 'contains';
  /** The unit, plural, as the facts panel writes it. */
  readonly unit: string;
  /** The smallest value an editor may write. */
  readonly floor: number;
  /** The filter's question and help (« J'ai… minutes »). */
  readonly question: string;
  readonly questionHelp: string;
  /** How the facts panel writes a range; absent: « min à max unit ». */
  readonly format?: (min: number, max: number) => string;
  /** How a library card writes it, where space is short; absent: as the facts panel. */
  readonly formatShort?: (min: number, max: number) => string;
  /** The filter offers these values in a list instead of a number field (a project's years). */
  readonly control?: 'number' | 'select';
  /** The range of an entry whose field is not a `{ min, max }` object (a project's years). */
  readonly range?: (data: Record<string, unknown>, today: Date) => readonly [number, number];
}

export type Facet = ChoiceFacet | RangeFacet;

/** An entry's facet values: ids for a choice, `[min, max]` for a range. */
export type Facts = Record<string, readonly string[] | readonly [number, number]>;

/** A query: chosen ids for a choice facet, one number for a range facet. */
export type FilterState = Record<string, readonly string[] | number>;

/**
 * An entry's facts. A facet without its value is a mistake (a declaration whose field the entry's
 * schema lacks): it throws, rather than write « undefined » on a card or in a search filter.
 */
export function factsOf(
  facets: readonly Facet[],
  data: Record<string, unknown>,
  today = new Date(),
): Facts {
  return Object.fromEntries(
    facets.map((facet) => {
      if (facet.kind === 'range' && facet.range) return [facet.name, facet.range(data, today)];
      const value = data[facet.key];
      if (value === undefined || value === null)
        throw new Error(
          `Facette « ${facet.name} » : l’entrée n’a pas de champ « ${facet.key} » (son schéma doit le tenir de facetFields)`,
        );
      if (facet.kind === 'choice')
        return [facet.name, Array.isArray(value) ? value.map(String) : [String(value)]];
      const { min, max } = value as { min: number; max: number };
      return [facet.name, [min, max] as const];
    }),
  );
}

/** The option of a value, by id or (as older search addresses wrote it) by its label. */
export function optionOf(facet: ChoiceFacet, value: string): FacetOption | undefined {
  const wanted = value.trim().toLocaleLowerCase('fr');
  return facet.options.find((o) => o.id === value || o.label.toLocaleLowerCase('fr') === wanted);
}

export function optionLabel(facet: ChoiceFacet, id: string): string {
  return optionOf(facet, id)?.label ?? id;
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Reads a query from an address; unknown values are dropped, never trusted. */
export function parseFilters(
  facets: readonly Facet[],
  search: string | URLSearchParams,
): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: Record<string, readonly string[] | number> = {};
  for (const facet of facets) {
    if (facet.kind === 'choice') {
      const ids = params.getAll(facet.name).flatMap((v) => optionOf(facet, v)?.id ?? []);
      if (ids.length) state[facet.name] = [...new Set(ids)];
    } else {
      const number = positiveInteger(params.get(facet.name));
      if (number !== undefined) state[facet.name] = number;
    }
  }
  return state;
}

/** Writes a query as a query string (without « ? »), in the facets' order; no filter gives ''. */
export function serializeFilters(facets: readonly Facet[], state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = state[facet.name];
    if (typeof value === 'number') params.set(facet.name, String(value));
    else value?.forEach((id) => params.append(facet.name, id));
  }
  return params.toString();
}

/** True when an entry fits every filter given: any chosen value of a facet, all facets together. */
export function matchesFilters(
  facets: readonly Facet[],
  facts: Facts,
  state: FilterState,
): boolean {
  return facets.every((facet) => {
    const wanted = state[facet.name];
    const have = facts[facet.name];
    if (wanted === undefined || have === undefined) return true;
    if (facet.kind === 'choice')
      return (
        (wanted as readonly string[]).length === 0 ||
        (have as readonly string[]).some((id) => (wanted as readonly string[]).includes(id))
      );
    const [min, max] = have as readonly [number, number];
    const n = wanted as number;
    return facet.match === 'fits' ? min <= n : min <= n && n <= max;
  });
}

const attributeName = (facet: Facet) => `data-facet-${facet.name}`;

/** The data attributes that carry an entry's facts to the browser (library cards, booklet sheets). */
export function factsAttributes(facets: readonly Facet[], facts: Facts): Record<string, string> {
  return Object.fromEntries(
    facets.map((facet) => [attributeName(facet), (facts[facet.name] ?? []).join(' ')]),
  );
}

/** The facts back from those attributes. */
export function factsFromElement(facets: readonly Facet[], element: Element): Facts {
  return Object.fromEntries(
    facets.map((facet) => {
      const words = (element.getAttribute(attributeName(facet)) ?? '').split(' ').filter(Boolean);
      return [
        facet.name,
        facet.kind === 'choice' ? words : (words.map(Number) as [number, number]),
      ];
    }),
  );
}

/** How the facts panel (or, `short`, a library card) writes an entry's value for a facet. */
export function displayValue(facet: Facet, facts: Facts, short = false): string {
  const value = facts[facet.name] ?? [];
  if (facet.kind === 'choice')
    return (value as readonly string[]).map((id) => optionLabel(facet, id)).join(', ');
  const [min, max] = value as readonly [number, number];
  const format = (short && facet.formatShort) || facet.format;
  if (format) return format(min, max);
  return min === max ? `${min} ${facet.unit}` : `${min} à ${max} ${facet.unit}`;
}

/** The Pagefind filters of an entry (« phase:explorer »), one per value, for facets offered in search. */
export function searchFilterValues(facets: readonly Facet[], facts: Facts): string[] {
  return facets.flatMap((facet) =>
    facet.kind === 'choice' && facet.inSearch
      ? (facts[facet.name] as readonly string[]).map((id) => `${facet.name}:${id}`)
      : [],
  );
}

/** How many filters a query holds (for « 2 filtres choisis »). */
export function countFilters(state: FilterState): number {
  return Object.values(state).reduce<number>(
    (sum, value) => sum + (typeof value === 'number' ? 1 : value.length),
    0,
  );
}

/** A facet of a list by its name, with its declared type. */
export function facetNamed<const T extends readonly Facet[], N extends T[number]['name']>(
  facets: T,
  name: N,
): Extract<T[number], { name: N }> {
  return facets.find((f) => f.name === name) as Extract<T[number], { name: N }>;
}
