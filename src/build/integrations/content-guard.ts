import type { AstroIntegration } from 'astro';
import { contentRoot } from '../../lib/content-root.ts';
import { missingLegalFields, unconfirmedDecisions } from '../../schemas/site.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';
import { checkContent } from '../validation/check-content.ts';
import { formatProblem } from '../validation/problem.ts';
import { recordTimings } from '../timings.ts';
import { forgetCheckedTrees, keepCheckedTree } from '../markdown/checked-trees.ts';

/**
 * Validates all content with French messages before Astro reads it, so that
 * an editor's mistake fails the build naming the file and the field, and so
 * that what Astro only logs (dangling references, duplicate ids) fails too.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'tilab:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const root = contentRoot();
        const started = performance.now();
        // In a build, the bodies' trees go on to Astro's renderer: the content is parsed once.
        const { problems, warnings, entries } = checkContent(root, process.cwd(), {
          ...(command === 'build' && { onMarkdownTree: keepCheckedTree }),
        });
        // The build's timings file starts here, with the build's first phase that takes time.
        if (command === 'build')
          recordTimings({ contentCheckMs: Math.round(performance.now() - started) }, true);
        if (warnings.length)
          logger.warn(`encore à compléter :\n${warnings.map(formatProblem).join('\n')}`);
        const config = loadSiteConfig(root);
        const missing = missingLegalFields(config);
        if (missing.length)
          logger.warn(`content/site.yaml — à compléter par l’éditeur : ${missing.join(', ')}`);
        const unconfirmed = unconfirmedDecisions(config);
        if (unconfirmed.length)
          logger.warn(`content/site.yaml — à confirmer par l’éditeur : ${unconfirmed.join(', ')}`);
        if (!problems.length) {
          logger.info(`contenu valide (${entries.length} fichiers)`);
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.error(`\n${report}`);
          return;
        }
        // The French report first, in the log; then the build stops the way Astro expects a hook
        // to stop it (it prints the error and exits non-zero), which process.exit would cut short.
        logger.error(`${problems.length} problème(s) dans le contenu :\n${report}`);
        throw new Error(
          'contenu invalide : corrigez les fichiers ci-dessus puis relancez la construction (détail des champs : CONTRIBUTING.md).',
        );
      },
      // The content is synced by now: the trees its cache spared from rendering are let go.
      'astro:build:start': () => forgetCheckedTrees(),
    },
  };
}
