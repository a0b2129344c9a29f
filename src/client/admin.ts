// The browser editor at /admin/ (Decap CMS): loads its bundle from our own origin, registers the
// formats that keep each file's layout and the site's stylesheet for the preview, then starts it
// with the configuration generated from the schemas (src/lib/cms/, /admin/config.json).
import { ui } from '../i18n/fr.ts';
import { fill } from '../i18n/fill.ts';
import { adminFiles } from '../lib/urls.ts';
import { answerBackupsAfterTheDraft } from './cms/backup-after-draft.ts';
import type { DecapCms } from './cms/decap.ts';
import { registerPreviews } from './cms/previews.ts';
import { readFrontmatter, readYaml, writeFrontmatter, writeYamlFile } from './cms/formats.ts';

interface CollectionConfig {
  format: string;
  fields: { name: string }[];
}

const page = document.body.dataset;
const loopback = /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname);

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(fill(ui.admin.missingFile, { src })));
    document.head.append(script);
  });
}

function registerFormats(cms: DecapCms, collections: CollectionConfig[]) {
  // Decap passes the fields in the form's order; ours is the same order, from the schema.
  const orderOf = (format: string) =>
    collections.find((c) => c.format === format)?.fields.map((f) => f.name) ?? [];
  cms.registerCustomFormat('tilab-frontmatter', 'md', {
    fromFile: readFrontmatter,
    toFile: (data, keys) => writeFrontmatter(data, keys ?? orderOf('tilab-frontmatter')),
  });
  cms.registerCustomFormat('tilab-yaml', 'yaml', {
    fromFile: readYaml,
    toFile: (data, keys) => writeYamlFile(data, keys ?? orderOf('tilab-yaml')),
  });
}

async function start() {
  const status = document.getElementById('admin-status');
  if (page.configured !== 'true' && !loopback) {
    document.getElementById('admin-unconfigured')?.removeAttribute('hidden');
    // Nothing else on the screen: the page's heading, otherwise only for screen readers, shows.
    document.getElementById('admin-title')?.classList.remove('admin-title--hidden');
    status?.remove();
    return;
  }
  try {
    const config = (await (await fetch(adminFiles.config)).json()) as {
      collections: CollectionConfig[];
    };
    answerBackupsAfterTheDraft();
    window.CMS_MANUAL_INIT = true;
    await loadScript(adminFiles.decapScript);
    const cms = window.CMS!;
    registerFormats(cms, config.collections);
    if (window.h) registerPreviews(cms, window.h);
    // The site's stylesheet for the screen (the print sheet left aside, which the preview would
    // apply on screen): the preview shows entries with it, and the editor's own interface, which
    // has its styles, goes without it.
    for (const link of document.querySelectorAll<HTMLLinkElement>(
      'link[rel="stylesheet"][href^="/_astro/"]:not([media="print"])',
    )) {
      cms.registerPreviewStyle(link.href);
      link.disabled = true;
    }
    cms.init({
      config: {
        ...config,
        load_config_file: false,
        // Decap only uses it on this machine (localhost, 127.0.0.1): the local server of `npm run editeur`.
        local_backend: { url: `${location.origin}${adminFiles.localApi}` },
      },
    });
  } catch (error) {
    // The message alone: String(error) would show the English « Error: » before it.
    const message = error instanceof Error ? error.message : String(error);
    if (status) status.textContent = fill(ui.admin.failed, { error: message });
  }
}

void start();
