import type { AstroIntegration } from 'astro';
import { isParallelProcessor } from '../markdown/parallel-processor.ts';

/**
 * Starts the Markdown render workers (src/markdown/parallel-processor.ts) as soon as Astro knows
 * it will render content, so that they load unified while the content is checked. Listed before
 * tilab:content-guard. Previewing a built site renders no Markdown: no workers then.
 */
export default function markdownWorkers(): AstroIntegration {
  return {
    name: 'tilab:markdown-workers',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        const processor = config.markdown.processor;
        if (command !== 'preview' && processor && isParallelProcessor(processor)) processor.prewarm();
      },
    },
  };
}
