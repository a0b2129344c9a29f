import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moduleGraphRecorder, preloadModules } from '../module-preload.ts';

/**
 * Announces in every built page the chunks its scripts import (src/build/module-preload.ts),
 * from the chunk graph the bundler reports while it writes the browser's scripts.
 */
export default function modulePreloads(): AstroIntegration {
  const graph = new Map<string, string[]>();
  return {
    name: 'tilab:module-preloads',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({ vite: { plugins: [moduleGraphRecorder(graph, base)] } });
      },
      'astro:build:done': ({ dir }) => preloadModules(fileURLToPath(dir), graph),
    },
  };
}
