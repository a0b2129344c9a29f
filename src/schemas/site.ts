import { z } from 'astro/zod';
import { text, webAddress } from './common.ts';

/** A logo file's name: beside site.yaml, no folder, an image browsers show as it is. */
export const logoFilePattern = /^[a-z0-9][a-z0-9._-]*\.(svg|png|webp)$/;
/** Heaviest logo file accepted: it is on every page. */
export const logoWeightLimit = 30_000;

/** Text an editor may leave empty until the lab supplies it. */
const toBeSupplied = () => z.string().trim().default('');

/** `content/site.yaml`: what only the site's publisher can supply. */
export const siteSchema = z.strictObject({
  /** Name of the lab as shown in the header. */
  nom: text().describe('Nom du laboratoire, dans l’en-tête.'),
  /** Line under the name. */
  sous_titre: text().describe('Ligne sous le nom.'),
  /** The lab's own logo, when it supplies one: a file beside site.yaml; empty, the name alone. */
  logo: z
    .union([
      z.string().trim().regex(logoFilePattern, {
        error:
          'attendu : le nom d’un fichier SVG, PNG ou WebP placé à côté de site.yaml, comme « logo-ti-lab.svg »',
      }),
      z.literal(''),
    ])
    .default('')
    .describe(
      'Fichier du logo du laboratoire, quand il en fournit un : SVG, PNG ou WebP, placé dans content/ à côté de site.yaml, affiché dans l’en-tête à côté du nom ; vide : le nom seul. Jamais un logo dessiné à sa place.',
    ),
  /** Public address of the site, for the sitemap and the feed. */
  adresse_du_site: webAddress().describe(
    'Adresse publique du site, pour le plan du site et le flux RSS.',
  ),
  /** Whether the lab has chosen this address: until then the build warns and it is « à confirmer ». */
  adresse_du_site_confirmee: z
    .boolean()
    .default(false)
    .describe(
      'true une fois que le laboratoire a confirmé l’adresse ; false : adresse prévue, à confirmer (la construction le signale).',
    ),
  /** The licence of the texts: the publisher's decision, proposed until the lab confirms it. */
  licence: z
    .strictObject({
      nom: text().describe('Nom de la licence des contenus, tel que les pages l’affichent.'),
      adresse: webAddress().describe('Adresse du texte de la licence.'),
      confirmee: z
        .boolean()
        .default(false)
        .describe(
          'true une fois que l’éditeur a choisi cette licence ; false : les pages disent « Licence proposée : … (à confirmer par l’éditeur) ».',
        ),
    })
    // Absent, the reference licence of public content (décret 2017-638), proposed and unconfirmed.
    .default({
      nom: 'Licence Ouverte 2.0',
      adresse: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      confirmee: false,
    })
    .describe('Licence des contenus : une décision de l’éditeur.'),
  /** Repository on the forge, for « Proposer une modification »; empty hides the link. */
  depot: z
    .union([webAddress(), z.literal('')])
    .default('')
    .describe(
      'Adresse du dépôt sur la forge, pour « Proposer une modification » ; vide : lien masqué.',
    ),
  /** Branch the site is published from. */
  branche: text().default('main').describe('Branche du dépôt où les pages sont publiées.'),
  /** The browser editor at /admin/: the forge and the OAuth application the lab registers once (CONTRIBUTING.md). */
  edition_en_ligne: z
    .strictObject({
      forge: z
        .enum(['github', 'gitlab', ''])
        .default('')
        .describe(
          'github ou gitlab ; vide : déduite de l’adresse du dépôt (github.com, gitlab.com).',
        ),
      application_gitlab: toBeSupplied().describe(
        'GitLab : identifiant (« Application ID ») de l’application OAuth du laboratoire.',
      ),
      service_oauth_github: z
        .union([webAddress(), z.literal('')])
        .default('')
        .describe('GitHub : adresse du service d’authentification OAuth du laboratoire.'),
    })
    .default({ forge: '', application_gitlab: '', service_oauth_github: '' })
    .describe('Éditeur en ligne (/admin/) : la forge et l’application OAuth du laboratoire.'),
  /** Publisher (LCEN art. 6 III). */
  editeur: z
    .strictObject({
      nom: toBeSupplied().describe('Nom de l’éditeur du site.'),
      adresse: toBeSupplied().describe('Adresse postale de l’éditeur.'),
    })
    .describe('Éditeur du site (LCEN, article 6 III).'),
  /** Director of publication. */
  directeur_publication: toBeSupplied().describe(
    'Nom du directeur ou de la directrice de la publication.',
  ),
  /** Host, with address and phone. */
  hebergeur: z
    .strictObject({
      nom: toBeSupplied().describe('Nom de l’hébergeur.'),
      adresse: toBeSupplied().describe('Adresse postale de l’hébergeur.'),
      telephone: toBeSupplied().describe('Téléphone de l’hébergeur.'),
    })
    .describe('Hébergeur du site, avec son adresse et son téléphone.'),
  /** Where to report an accessibility defect. */
  contact_accessibilite: toBeSupplied().describe(
    'Adresse électronique ou formulaire pour signaler un défaut d’accessibilité ; vide, aucune page ne promet de contact.',
  ),
});

export type SiteConfig = z.infer<typeof siteSchema>;

/** The publisher's decisions written in content/site.yaml but not yet confirmed, for the build's warning. */
export function unconfirmedDecisions(config: SiteConfig): string[] {
  const decisions: [string, boolean][] = [
    ['licence', config.licence.confirmee],
    ['adresse_du_site', config.adresse_du_site_confirmee],
  ];
  return decisions.filter(([, confirmed]) => !confirmed).map(([name]) => name);
}

/** Dotted names of the legal fields still empty, for the build's warning. */
export function missingLegalFields(config: SiteConfig): string[] {
  const legal: [string, string][] = [
    ['editeur.nom', config.editeur.nom],
    ['editeur.adresse', config.editeur.adresse],
    ['directeur_publication', config.directeur_publication],
    ['hebergeur.nom', config.hebergeur.nom],
    ['hebergeur.adresse', config.hebergeur.adresse],
    ['hebergeur.telephone', config.hebergeur.telephone],
    ['contact_accessibilite', config.contact_accessibilite],
  ];
  return legal.filter(([, value]) => !value).map(([name]) => name);
}
