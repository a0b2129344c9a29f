// A page's script imports chunks that the bundler shares between pages (the facet registry,
// formats…), which import others in turn; the browser discovers each level only once the previous
// one has arrived, one network round trip per level. Astro writes no preloads for them, so every
// component with a script announces, next to it, every chunk that script imports statically
// (<ModulePreloads>), and the browser fetches them all together.
//
// The chunk graph comes from the browser's bundle (src/build/module-preload.ts), which Astro writes
// before it renders the pages. The pages run from their own bundle, with their own copy of this
// module: the graph goes from one to the other through a global registered under a shared key.

/** Per component file (« src/components/methods/MethodFilters.astro »), the chunks its scripts import, however deep. */
export type ModulePreloads = ReadonlyMap<string, readonly string[]>;

const registryKey = Symbol.for('tilab:module-preloads');
type Registry = { [registryKey]?: { root: string; preloads: ModulePreloads } };

/** Called by the build once the browser's bundle is written; `root` is the project's folder. */
export function publishModulePreloads(root: string, preloads: ModulePreloads): void {
  (globalThis as Registry)[registryKey] = { root, preloads };
}

/** A component's file as both sides name it: from the project's root, without a query. */
export function componentFile(id: string, root: string): string {
  const file = id.split('?')[0]!;
  const fromRoot = root && file.startsWith(root) ? file.slice(root.length) : file;
  return fromRoot.replace(/^\/+/, '');
}

/** What each page being rendered (its Astro.locals) has announced already. */
const announced = new WeakMap<object, Set<string>>();

/**
 * The chunks to preload for the scripts of the component `moduleId` on the page `page` (none in
 * development), leaving out those another component of the page has already announced.
 */
export function modulePreloadsOf(moduleId: string | undefined, page: object): string[] {
  const registry = (globalThis as Registry)[registryKey];
  if (!registry || !moduleId) return [];
  const onPage = announced.get(page) ?? new Set<string>();
  announced.set(page, onPage);
  const preloads = (registry.preloads.get(componentFile(moduleId, registry.root)) ?? []).filter(
    (href) => !onPage.has(href),
  );
  for (const href of preloads) onPage.add(href);
  return preloads;
}
