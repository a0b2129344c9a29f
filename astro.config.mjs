// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildTimings from './src/build/integrations/build-timings.ts';
import contentGuard from './src/build/integrations/content-guard.ts';
import browserEditor from './src/build/integrations/browser-editor.ts';
import modulePreloads from './src/build/integrations/module-preloads.ts';
import { loadRedirects } from './src/lib/redirects.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { paths } from './src/lib/urls.ts';
import { phaseStylesPlugin } from './src/build/phase-styles.ts';
import { createUnifiedProcessor } from './src/build/markdown/unified-processor.ts';
import { metaDirectives, scriptSources, styleSources } from './src/lib/security-policy.ts';

// unified with remark-gfm and our French punctuation (src/build/markdown/unified-processor.ts), as
// Astro runs it: a pool of worker threads around it was measured and did not pay for itself.
const markdownProcessor = createUnifiedProcessor();

export default defineConfig({
  site: siteConfig.adresse_du_site,
  // Build tests and the benchmark build fixture sites side by side with the real one.
  outDir: process.env.TILAB_OUT_DIR ?? './dist',
  cacheDir: process.env.TILAB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Old addresses kept alive (content/redirections.yaml); the link checker verifies their targets.
  redirects: loadRedirects(),
  // Styles and scripts as files, never inline: the Content-Security-Policy needs no 'unsafe-inline'.
  // Several pages at once: each page waits on hashing (CSP) and file writes, which other pages' rendering can fill.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // One stylesheet for the whole site (cached once) instead of one per component.
  // The phases' colours come from their declaration (src/build/phase-styles.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [phaseStylesPlugin()] },
  markdown: {
    // No syntax highlighting: Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
    processor: markdownProcessor,
  },
  security: {
    csp: {
      directives: [...metaDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // The search index and the link check are the build's second step (scripts/finish-build.ts), once Astro has exited.
  // The browser editor (/admin/) is not a page of the public site: out of the sitemap.
  integrations: [
    buildTimings(),
    contentGuard(),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(paths.admin) }),
    browserEditor(),
    modulePreloads(),
  ],
});
