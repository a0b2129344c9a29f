import type { Plugin } from 'vite';
import {
  componentFile,
  publishModulePreloads,
  type ModulePreloads,
} from '../lib/module-preloads.ts';

// The preloads each component's scripts need (src/lib/module-preloads.ts), from the browser
// bundle's chunk graph as the bundler reports it: each chunk lists its static imports (a dynamic
// import() runs later, on use, and is not preloaded).

/** The part of a bundled chunk this reads. */
interface BundledChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
}

/** Per component file, the chunks its scripts' entries import, however deep, each once. */
export function preloadsByComponent(
  bundle: Record<string, BundledChunk | { type: 'asset' }>,
  root: string,
  base: string,
): ModulePreloads {
  const chunks = new Map<string, BundledChunk>();
  for (const output of Object.values(bundle))
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  const preloads = new Map<string, string[]>();
  for (const chunk of chunks.values()) {
    if (!chunk.isEntry || !chunk.facadeModuleId) continue;
    const component = componentFile(chunk.facadeModuleId, root);
    const found = preloads.get(component) ?? [];
    const known = new Set([chunk.fileName, ...found.map((path) => path.slice(base.length))]);
    const queue = [...chunk.imports];
    for (const file of queue) {
      if (known.has(file)) continue;
      known.add(file);
      found.push(`${base}${file}`);
      queue.push(...(chunks.get(file)?.imports ?? []));
    }
    preloads.set(component, found);
  }
  return preloads;
}

/**
 * A Vite plugin that publishes, once the browser's scripts are bundled and before Astro renders
 * the pages, the chunks each component's scripts import.
 */
export function moduleGraphRecorder(root: string, base: string): Plugin {
  return {
    name: 'tilab:module-graph',
    generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      publishModulePreloads(
        root,
        preloadsByComponent(bundle as Parameters<typeof preloadsByComponent>[0], root, base),
      );
    },
  };
}
