import { contentRoot } from '../content-root.ts';
import { adminFiles } from '../urls.ts';
import { siteConfig } from '../site-config.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { allCmsCollections, type CmsCollection } from './collections.ts';
import { forgeSetup, type CmsBackend } from './forge.ts';

/** Decap CMS's whole configuration, generated from the schemas and content/site.yaml. */
export interface CmsConfig {
  backend: CmsBackend;
  publish_mode: 'editorial_workflow';
  locale: 'fr';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

/**
 * Until the lab configures its forge, the editor only runs against the local server (`npm run
 * editeur`): on 127.0.0.1, Decap replaces any backend by that server.
 */
const localOnly = (branch: string): CmsBackend => ({
  name: 'proxy',
  proxy_url: adminFiles.localApi,
  branch,
});

export function cmsConfig(site: SiteConfig = siteConfig, root = contentRoot()): CmsConfig {
  return {
    backend: forgeSetup(site)?.backend ?? localOnly(site.branche),
    // Each change is saved on a branch of its own with a pull (merge) request, checked by CI.
    publish_mode: 'editorial_workflow',
    locale: 'fr',
    site_url: site.adresse_du_site,
    display_url: site.adresse_du_site,
    // Images live beside the page that shows them (CONTRIBUTING.md), written ./image.png: each
    // collection keeps its own in its folder; the « Media » tab shows the method sheets' images.
    media_folder: 'content/methodes',
    public_folder: './',
    // File names as `npm run check` wants them: lower-case ASCII and hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: allCmsCollections(root),
  };
}
