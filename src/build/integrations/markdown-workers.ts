import type { AstroIntegration } from 'astro';
import type { ParallelProcessor } from '../markdown/parallel-processor.ts';

/**
 * Starts the Markdown render workers (src/build/markdown/parallel-processor.ts) as soon as Astro knows
 * it will render content, so that they load unified while the content is checked. Listed before
 * tilab:content-guard. Previewing a built site renders no Markdown: no workers then.
 * It is given the processor itself: the copy Astro keeps in its configuration has only the
 * fields Astro knows (name, options, renderers), not `prewarm`.
 */
export default function markdownWorkers(processor: ParallelProcessor<object>): AstroIntegration {
  return {
    name: 'tilab:markdown-workers',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const threads = processor.prewarm();
        if (threads > 0) logger.info(`${threads} fils de rendu Markdown démarrés`);
      },
    },
  };
}
