import type { SiteConfig } from '../../schemas/site.ts';

/** The forges whose pull (merge) requests the editor opens. */
export type Forge = 'github' | 'gitlab';

/** Decap CMS's `backend` settings. */
export interface CmsBackend {
  name: string;
  repo?: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  auth_type?: string;
  app_id?: string;
  proxy_url?: string;
}

/** What the editor needs from the forge, once the lab has configured it (content/site.yaml). */
export interface ForgeSetup {
  forge: Forge;
  backend: CmsBackend;
  /** Origins the editor calls (the forge's API, and GitLab's token endpoint). */
  apiOrigins: string[];
  /** Origins of the avatars the editor shows. */
  imageOrigins: string[];
}

function forgeOf(config: SiteConfig, host: string): Forge | undefined {
  if (config.edition_en_ligne.forge) return config.edition_en_ligne.forge;
  if (host === 'github.com') return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  return undefined;
}

/**
 * The forge set-up read from `depot` and `edition_en_ligne`, or undefined while the editor is not
 * configured (no repository, unknown forge, or no OAuth application): pages then link to the
 * forge's own editor, and /admin/ only works with the local server (CONTRIBUTING.md).
 */
export function forgeSetup(config: SiteConfig): ForgeSetup | undefined {
  if (!config.depot) return undefined;
  const depot = new URL(config.depot);
  const forge = forgeOf(config, depot.hostname);
  const repo = depot.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const branch = config.branche;
  if (forge === 'github') {
    const service = config.edition_en_ligne.service_oauth_github;
    if (!service) return undefined;
    const onGithubCom = depot.hostname === 'github.com';
    return {
      forge,
      backend: {
        name: 'github',
        repo,
        branch,
        base_url: service.replace(/\/+$/, ''),
        ...(!onGithubCom && { api_root: `${depot.origin}/api/v3` }),
      },
      apiOrigins: [onGithubCom ? 'https://api.github.com' : depot.origin],
      imageOrigins: [onGithubCom ? 'https://avatars.githubusercontent.com' : depot.origin],
    };
  }
  if (forge === 'gitlab') {
    const appId = config.edition_en_ligne.application_gitlab;
    if (!appId) return undefined;
    return {
      forge,
      backend: {
        name: 'gitlab',
        repo,
        branch,
        auth_type: 'pkce',
        app_id: appId,
        base_url: depot.origin,
        api_root: `${depot.origin}/api/v4`,
        auth_endpoint: 'oauth/authorize',
      },
      apiOrigins: [depot.origin],
      imageOrigins: [depot.origin],
    };
  }
  return undefined;
}
