// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentGuard from './src/integrations/content-guard.ts';
import linkCheck from './src/integrations/link-check.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import { siteConfig } from './src/lib/site-config.ts';
import remarkFrenchPunctuation from './src/markdown/remark-french-punctuation.ts';
import { metaDirectives, scriptSources, styleSources } from './src/lib/security-policy.ts';

export default defineConfig({
  site: siteConfig.adresse_du_site,
  // Build tests and the benchmark build fixture sites side by side with the real one.
  outDir: process.env.TILAB_OUT_DIR ?? './dist',
  cacheDir: process.env.TILAB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Old addresses kept alive (content/redirections.yaml); the link checker verifies their targets.
  redirects: loadRedirects(),
  // Styles and scripts as files, never inline: the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One stylesheet for the whole site (cached once) instead of one per component.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  markdown: {
    // No syntax highlighting: Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
    // remark-gfm is passed here (gfm: false avoids running it twice); smartypants would make English quotes.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkFrenchPunctuation],
      remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: 'Retour au texte' },
    }),
  },
  security: {
    csp: {
      directives: [...metaDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // Order matters at the end of the build: sitemap written, then links checked.
  // The search index is the build's second step (scripts/build-search-index.ts), once Astro has exited.
  integrations: [contentGuard(), mdx(), sitemap(), linkCheck()],
});
