import type {
  AstroMarkdownOptions,
  MarkdownProcessor,
  UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCheckedTrees from './checked-trees.ts';
import remarkFrenchPunctuation from './remark-french-punctuation.ts';

/**
 * The site's Markdown pipeline, defined once (astro.config.mjs). It is @astrojs/markdown-remark's `unified()`
 * with remark-gfm passed explicitly (gfm: false avoids running it twice) and no smartypants,
 * which would make English quotes: our plugin makes French ones. During a build, the parser takes the
 * trees the content check parsed (checked-trees.ts) instead of parsing each body again.
 * @astrojs/markdown-remark is loaded when Markdown is first rendered, not when the
 * configuration is read (`astro preview` never renders any).
 */
export function createUnifiedProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  let loaded: Promise<MarkdownProcessor<UnifiedResolvedOptions>> | undefined;
  const processor: MarkdownProcessor<UnifiedResolvedOptions> = {
    name: 'unified',
    options: {
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkCheckedTrees, remarkGfm, remarkFrenchPunctuation],
      rehypePlugins: [],
      remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: 'Retour au texte' },
      recmaPlugins: [],
    },
    async createRenderer(shared: AstroMarkdownOptions) {
      return (await load()).createRenderer(shared);
    },
    async createMdxRenderer(shared, mdx) {
      return (await load()).createMdxRenderer!(shared, mdx);
    },
  };
  // The options as integrations may have extended them by the time something is rendered.
  const load = () =>
    (loaded ??= import('@astrojs/markdown-remark').then(({ unified }) =>
      unified(processor.options),
    ));
  return processor;
}
