import type { AstroIntegration } from 'astro';
import { recordTimings } from '../timings.ts';

/** Milliseconds since the process started. */
const now = () => Math.round(performance.now());

/**
 * Notes when each phase of `astro build` starts and ends, from Astro's hooks and the end of
 * Vite's last bundle, and writes the spans to the build's timings file (src/build/timings.ts).
 * Listed first, so that its setup hook marks the end of Astro's start.
 */
export default function buildTimings(): AstroIntegration {
  const at: Record<string, number> = {};
  return {
    name: 'tilab:build-timings',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        at.setup = now();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tilab:bundle-end',
                // Astro bundles in several Vite builds: the last one to close marks rendering's start.
                closeBundle: () => void (at.bundled = now()),
              },
            ],
          },
        });
      },
      'astro:config:done': () => void (at.configured = now()),
      'astro:build:start': () => void (at.buildStart = now()),
      'astro:build:generated': () => void (at.generated = now()),
      'astro:build:done': ({ pages }) => {
        if (at.setup === undefined) return;
        const span = (from?: number, to?: number) =>
          from === undefined || to === undefined ? undefined : Math.max(0, to - from);
        recordTimings({
          startupMs: at.setup,
          contentSyncMs: span(at.configured, at.buildStart),
          bundleMs: span(at.buildStart, at.bundled),
          renderMs: span(at.bundled, at.generated),
          astroEndMs: span(at.generated, now()),
          pages: pages.length,
        });
      },
    },
  };
}
