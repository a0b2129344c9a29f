import type { Plugin } from 'vite';
import { phaseIdentity } from '../vocabulary/phase-identity.ts';

/** The stylesheet module that gives each phase its colour (imported by src/layouts/BaseLayout.astro). */
export const phaseStylesModule = 'virtual:tilab/phase-colours.css';
const resolvedId = `\0${phaseStylesModule}`;

/** `--phase` on every element of a phase (`data-phase="…"`), in the light and the dark scheme. */
export function phaseStyles(): string {
  const rules = (scheme: 'light' | 'dark') =>
    Object.entries(phaseIdentity)
      .map(([phase, { colour }]) => `[data-phase='${phase}'] { --phase: ${colour[scheme]}; }`)
      .join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}\n`;
}

/**
 * Writes the phases' colours into the site's one stylesheet from src/vocabulary/phase-identity.ts,
 * where they are declared, rather than copying them into global.css by hand (styles cannot be
 * written into pages: the Content-Security-Policy has no 'unsafe-inline').
 */
export function phaseStylesPlugin(): Plugin {
  return {
    name: 'tilab:phase-styles',
    resolveId: (id) => (id === phaseStylesModule ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? phaseStyles() : undefined),
  };
}
