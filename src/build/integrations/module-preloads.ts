import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moduleGraphRecorder } from '../module-preload.ts';

/**
 * Gives the pages, while Astro renders them, the chunks each component's scripts import
 * (src/build/module-preload.ts, src/components/layout/ModulePreloads.astro), from the chunk graph
 * the bundler reports while it writes the browser's scripts.
 */
export default function modulePreloads(): AstroIntegration {
  return {
    name: 'tilab:module-preloads',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [moduleGraphRecorder(root, base)] } });
      },
    },
  };
}
