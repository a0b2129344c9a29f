import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectPage, rewriteRedirectPages } from '../../src/build/redirect-pages.ts';

describe('redirection pages', () => {
  it('are French pages whose refresh the W3C checker accepts', () => {
    const page = redirectPage('/projets/premiers-projets-2017/', 'https://tilab.bzh');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('content="0; url=/projets/premiers-projets-2017/"');
    expect(page).toContain('href="https://tilab.bzh/projets/premiers-projets-2017/"');
    expect(page).toContain('Cette page a changé d’adresse');
  });

  it('replace the pages Astro wrote, and only those', () => {
    const site = mkdtempSync(join(tmpdir(), 'tilab-redirects-'));
    mkdirSync(join(site, 'projets', 'moblab'), { recursive: true });
    writeFileSync(join(site, 'projets', 'moblab', 'index.html'), '<title>Redirecting to</title>');
    const count = rewriteRedirectPages(
      site,
      { '/projets/moblab/': '/projets/x/', '/absente/': '/y/' },
      'https://tilab.bzh',
    );
    expect(count).toBe(1);
    expect(readFileSync(join(site, 'projets', 'moblab', 'index.html'), 'utf8')).toContain(
      'url=/projets/x/',
    );
  });
});
