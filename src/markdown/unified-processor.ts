import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkFrenchPunctuation from './remark-french-punctuation.ts';

/**
 * The site's Markdown pipeline, defined once: astro.config.mjs and the render workers
 * (render-worker.ts) both build it from here. remark-gfm is passed explicitly (gfm: false
 * avoids running it twice); smartypants would make English quotes, our plugin makes French ones.
 */
export function createUnifiedProcessor() {
  return unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkFrenchPunctuation],
    remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: 'Retour au texte' },
  });
}
