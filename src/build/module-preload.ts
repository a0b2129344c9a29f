import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// A page's script imports chunks that Vite shares between pages (the facet registry, formats…),
// which import others in turn; the browser discovers each level only once the previous one has
// arrived, one network round trip per level. Astro writes no preloads for them, so the build
// announces every chunk a page's scripts import statically, and the browser fetches them together.

/** The static imports of each browser chunk, by site path, as the bundler knows them. */
export type ModuleGraph = ReadonlyMap<string, readonly string[]>;

/**
 * A Vite plugin that fills `graph` from the browser bundle's chunk graph: Rollup lists each
 * chunk's static imports (a dynamic import() runs later, on use, and is not preloaded).
 */
export function moduleGraphRecorder(graph: Map<string, string[]>, base: string): Plugin {
  return {
    name: 'tilab:module-graph',
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk')
          graph.set(
            `${base}${chunk.fileName}`,
            chunk.imports.map((file) => `${base}${file}`),
          );
      }
    },
  };
}

const moduleScript = /<script type="module" src="([^"]+)"[^>]*><\/script>/g;
const inertTemplates = /<template\b[^>]*>[\s\S]*?<\/template>/g;
const preloadOf = (path: string) => `<link rel="modulepreload" href="${path}">`;

/**
 * The page with a modulepreload for every module its scripts import, however deep, that it does not
 * already load or preload, written before its first script.
 */
export function withModulePreloads(html: string, graph: ModuleGraph): string {
  // A script inside a <template> is inert until a page's script inserts it (BaseLayout's
  // « Ajouter à mon atelier »): loaded on demand, it is not preloaded.
  const entries = [...html.replace(inertTemplates, '').matchAll(moduleScript)].map((m) => m[1]!);
  const known = new Set(entries);
  const preloads: string[] = [];
  const queue = [...entries];
  for (const path of queue)
    for (const imported of graph.get(path) ?? []) {
      if (known.has(imported)) continue;
      known.add(imported);
      queue.push(imported);
      if (!html.includes(preloadOf(imported))) preloads.push(preloadOf(imported));
    }
  if (!preloads.length) return html;
  const first = html.indexOf(`<script type="module" src="${entries[0]}"`);
  return `${html.slice(0, first)}${preloads.join('')}${html.slice(first)}`;
}

/** Writes the preloads into every built page of `site`. */
export function preloadModules(site: string, graph: ModuleGraph): void {
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const preloaded = withModulePreloads(html, graph);
    if (preloaded !== html) writeFileSync(file, preloaded);
  }
}
