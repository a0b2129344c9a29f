import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from '../validation/link-check.ts';

/** Fails the build when a link or an anchor of the built site leads nowhere, naming the page and the link. */
export default function linkCheck(): AstroIntegration {
  let site = '';
  return {
    name: 'tilab:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'https://example.org';
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = checkLinks(fileURLToPath(dir), site);
        if (!broken.length) {
          logger.info('liens internes et ancres : tous valides');
          return;
        }
        logger.error(
          `${broken.length} lien(s) cassé(s) :\n${broken.map((b) => `${b.page} — lien « ${b.link} » — ${b.problem}`).join('\n')}\n\nCorrigez le lien dans le fichier de contenu de la page (ou ajoutez une redirection si une page a changé d’adresse).`,
        );
        process.exit(1);
      },
    },
  };
}
