import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { formatProblem } from '../../src/build/validation/problem.ts';
import { adminFiles, paths } from '../../src/lib/urls.ts';
import {
  axeViolations,
  describeViolations,
  useBrowser,
  watchedPage,
  type PageWatch,
} from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { editorRepository, startLocalEditorServer } from '../support/local-editor.ts';
import { serveStatic } from '../support/static-server.ts';
import { sitemapPaths } from '../support/sitemap.ts';

// The real editor (Decap CMS, as built in dist/admin/) in Chromium, against Decap's local server in
// git mode over a throw-away copy of the fixture site: each save is a commit on a branch
// `cms/<collection>/<entry>` of its own, as a pull request would be on the forge.

const chromium = useBrowser();
let repository: ReturnType<typeof editorRepository>;
let localServer: Awaited<ReturnType<typeof startLocalEditorServer>>;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  repository = editorRepository();
  // The lab's one-time set-up (CONTRIBUTING.md): GitLab, with its OAuth application for PKCE.
  const siteFile = join(repository.dir, 'content/site.yaml');
  writeFileSync(
    siteFile,
    `${readFileSync(siteFile, 'utf8')}edition_en_ligne:\n  forge: gitlab\n  application_gitlab: essai-pkce\n`,
  );
  repository.git('commit', '--quiet', '-am', 'Éditeur en ligne configuré');
  localServer = await startLocalEditorServer(repository.dir);
  site = await serveStatic(resolve('dist'), {
    proxy: { path: adminFiles.localApi, target: localServer.url },
  });
});
const checkouts: string[] = [];
afterAll(async () => {
  await site?.close();
  await localServer?.stop();
  repository?.remove();
  for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
});

/** The editor's sign-in screen, then its collections (the local server needs no account). */
async function openEditor(): Promise<{ page: Page; watch: PageWatch }> {
  // A context of its own: signed out, no copy of unsaved entries left by another test.
  const opened = await watchedPage(await chromium.browser.newContext());
  await opened.page.goto(`${site.url}${paths.admin}`);
  await opened.page.getByRole('button', { name: 'Se connecter' }).click();
  await opened.page.getByRole('link', { name: 'Fiches méthodes' }).waitFor();
  return opened;
}

/** The file as it is on a branch of the editor's repository. */
const fileOn = (branch: string, path: string) => repository.git('show', `${branch}:${path}`);

/** The copy of unsaved work the editor keeps in the browser for an entry (localForage's IndexedDB store). */
const savedCopy = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      new Promise<string>((resolveCopy) => {
        const open = indexedDB.open('localforage');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyvaluepairs')) return resolveCopy('');
          const read = db.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          read.onsuccess = () =>
            resolveCopy((read.result as { raw?: string } | undefined)?.raw ?? '');
        };
        open.onerror = () => resolveCopy('');
      }),
    key,
  );

/** The repository's branches. */
const branches = () =>
  repository.git('branch', '--format=%(refname:short)').split('\n').filter(Boolean);

/** The content folder as it is on a branch, in a folder of its own (the repository stays the local server's). */
function checkout(branch: string): string {
  const parent = mkdtempSync(join(tmpdir(), 'tilab-branch-'));
  checkouts.push(parent);
  const dir = join(parent, 'work');
  repository.git('worktree', 'add', '--quiet', '--detach', dir, branch);
  return join(dir, 'content');
}

/** How long the editor may take to load an entry or the local server to commit (the machine is shared). */
const waitLong = { timeout: 20_000 };

/** A field of the form by its name in the schema (Decap's ids are `<name>-field-<n>`). */
const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);

/** Chooses options in one of Decap's drop-down lists (react-select), by their French labels. */
async function choose(page: Page, name: string, labels: string[]) {
  for (const label of labels) {
    await field(page, name).first().fill(label);
    await page.keyboard.press('Enter');
  }
}

/** Adds one item to each list of texts, in the order of the form. */
async function addItems(page: Page, items: [list: string, text: string][]) {
  for (const [list, text] of items) {
    await page.getByRole('button', { name: `Ajouter ${list}` }).click();
    await field(page, 'element').last().fill(text);
  }
}

const newMethod = {
  id: 'atelier-des-questions',
  titre: 'Atelier des questions',
  resume: 'Un atelier pour faire émerger les questions d’un public avant de chercher des réponses.',
  source: { titre: 'Fiche de la méthode', url: 'https://example.org/questions' },
  /** The text, a line at a time: long enough for the site's editorial rules (250 words, 3 steps). */
  body: [
    '## À quoi ça sert',
    'L’atelier des questions aide une équipe à faire émerger, avant de chercher des réponses, les questions que se pose vraiment le public d’un service. Il sert au début d’un projet, quand l’équipe croit connaître le problème mais ne l’a pas encore regardé avec les personnes concernées. Il évite de partir trop vite vers une solution et donne une liste de questions partagée, que l’on peut ensuite explorer par des entretiens, des observations ou des données. Il convient moins quand la question est déjà tranchée par une décision ou par un texte, ou quand le groupe n’a aucune expérience du sujet.',
    '## Déroulé',
    '1. **Les questions (15 min).** Chaque personne écrit, seule et en silence, une question par post-it, sans chercher à y répondre. L’animateur·rice rappelle qu’aucune question n’est naïve et que les questions fermées peuvent être reformulées plus tard.',
    '2. **Le tri (20 min).** Le groupe colle les post-it au mur, regroupe ceux qui se ressemblent et donne un titre à chaque groupe. Les doublons restent visibles : ils montrent ce qui revient le plus souvent.',
    '3. **Le choix (15 min).** Chaque personne place trois gommettes sur les questions qui lui semblent les plus utiles à explorer. L’équipe retient les trois questions les plus choisies et décide qui les explorera, comment et pour quand.',
    '## Exemple',
    '*Exemple fictif.* Une équipe d’accueil prépare un nouveau formulaire de demande d’aide. Avant de le dessiner, elle réunit pendant une heure des agent·e·s de l’accueil et deux usager·ère·s volontaires. Les questions les plus choisies portent sur les pièces à fournir et sur le délai de réponse : l’équipe décide de commencer par elles, en observant une matinée d’accueil et en relisant les courriers de relance envoyés le mois précédent.',
  ],
  reviewed: '2026-11-30',
};

describe('the browser editor’s page', () => {
  const adminHtml = readFileSync(join('dist', paths.admin, 'index.html'), 'utf8');

  it('stays out of the public site: not in the sitemap, nor linked from the navigation or the plan du site', () => {
    expect(sitemapPaths().filter((path) => path.startsWith(paths.admin))).toEqual([]);
    for (const page of ['index.html', 'plan-du-site/index.html', 'methodes/index.html'])
      expect(readFileSync(join('dist', page), 'utf8'), page).not.toContain(`href="${paths.admin}`);
    expect(adminHtml).not.toContain('data-pagefind-body');
  });

  it('is the only page that loads the editor’s script', () => {
    const script = /<script type="module" src="([^"]+)"/.exec(adminHtml)?.[1];
    expect(script).toMatch(/^\/_astro\//);
    const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin/'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages)
      expect(readFileSync(join('dist', file), 'utf8'), file).not.toContain(script!);
  });

  it('asks search engines not to list it, and loads Decap from our own origin only', () => {
    expect(adminHtml).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(adminHtml).not.toMatch(/<link rel="canonical"/);
    expect(adminHtml).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(readFileSync(join('dist', adminFiles.decapScript), 'utf8').length).toBeGreaterThan(1e6);
  });
});

describe('the browser editor, before the lab has configured its forge', () => {
  it('says so in French on the published site, and loads nothing of Decap', async () => {
    // The published site's address, not this machine's: the editor then needs a forge.
    const browser = await chromium.browser.browserType().launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--host-resolver-rules=MAP editeur.example 127.0.0.1'],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${site.url.replace('127.0.0.1', 'editeur.example')}${paths.admin}`);
      await page.getByRole('heading', { name: 'Éditeur de contenu' }).waitFor();
      expect(await page.locator('#admin-unconfigured').innerText()).toContain(
        'pas encore configuré',
      );
      expect(requests.filter((path) => path.startsWith(adminFiles.decapFolder))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the browser editor, when it cannot start', () => {
  it('says why in French, without the English « Error: » of the exception', async () => {
    const page = await (await chromium.browser.newContext()).newPage();
    await page.route(`**${adminFiles.decapScript}`, (route) => route.abort());
    await page.goto(`${site.url}${paths.admin}`);
    const status = page.locator('#admin-status');
    await status.filter({ hasText: 'pas pu démarrer' }).waitFor();
    expect(await status.innerText()).toBe(
      `L’éditeur n’a pas pu démarrer\u202F: ${adminFiles.decapScript} introuvable`,
    );
    await page.context().close();
  });
});

describe('the browser editor', () => {
  it('signs in on a French screen that axe finds no fault with, under its own policy', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${site.url}${paths.admin}`);
    const signIn = page.getByRole('button', { name: 'Se connecter' });
    await signIn.waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    // Its main heading, for screen readers (Decap draws none), stays under Decap's screen.
    expect(await page.getByRole('heading', { level: 1, name: 'Éditeur de contenu' }).count()).toBe(
      1,
    );
    expect(watch.externalRequests).toEqual([]);
  });

  it('creates a method sheet through the form, saved on a branch of its own, that the site accepts and builds', async () => {
    const { page, watch } = await openEditor();
    await page.goto(`${site.url}${paths.admin}#/collections/methodes/new`);
    await field(page, 'titre').first().fill(newMethod.titre);
    await field(page, 'resume').fill(newMethod.resume);
    await choose(page, 'phases', ['Explorer', 'Imaginer']);
    await field(page, 'min').nth(0).fill('30');
    await field(page, 'max').nth(0).fill('60');
    await field(page, 'min').nth(1).fill('4');
    await field(page, 'max').nth(1).fill('12');
    await choose(page, 'difficulte', ['Découverte']);
    await choose(page, 'modalite', ['En présence']);
    await addItems(page, [
      ['matériel', 'Des post-it'],
      ['préparation', 'Réserver une salle'],
      ['conseils', 'Accepter toutes les questions'],
      ['pièges', 'Répondre trop tôt'],
      ['administration', 'Prévoir le temps des agent·e·s'],
    ]);
    await field(page, 'titre').nth(1).fill(newMethod.source.titre);
    await field(page, 'url').fill(newMethod.source.url);
    await field(page, 'derniere_revue').fill(newMethod.reviewed);
    // The text, typed in the Markdown mode of the body's editor, over the template's.
    await page.getByRole('switch').click();
    const body = page.locator('[data-slate-editor="true"]').last();
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    for (const [index, line] of newMethod.body.entries()) {
      if (index) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    // The preview, styled by the site's own stylesheet, shows the text once the form has taken it.
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByText('relisant les courriers de relance').waitFor();
    expect(await preview.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(
      /\/_astro\/.+\.css$/,
    );
    // …in the sheet's markup, its facts as readers read them: labels, never the ids files store.
    const facts = preview.locator('article.method .method__aside dl.facts');
    await expect.poll(() => facts.innerText()).toContain('Découverte');
    const factsText = await facts.innerText();
    expect(factsText).toContain('En présence');
    expect(factsText).toContain('Explorer');
    expect(factsText).not.toMatch(/decouverte|en-presence|explorer/);
    expect(await preview.locator('h1').innerText()).toBe(newMethod.titre);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(new RegExp(`/entries/${newMethod.id}$`));
    await expect.poll(() => branches(), waitLong).toContain(`cms/methodes/${newMethod.id}`);

    // Saved as a pull request would be: a commit on a branch of its own, main untouched.
    const branch = `cms/methodes/${newMethod.id}`;
    const path = `content/methodes/${newMethod.id}.md`;
    expect(repository.git('diff', '--name-status', 'main', branch).trim()).toBe(`A\t${path}`);
    const text = fileOn(branch, path);
    expect(text).toMatch(/^---\ntitre: Atelier des questions\n/);
    expect(text).toContain('phases: [explorer, imaginer]\nduree: { min: 30, max: 60 }\n');
    expect(text).toContain(`derniere_revue: ${newMethod.reviewed}\n---\n\n## À quoi ça sert\n`);

    // The file as the editor wrote it: accepted by the content check, built into a page.
    const content = checkout(branch);
    const { problems } = checkContent(content);
    expect(problems.map(formatProblem)).toEqual([]);
    const build = buildSite(content);
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(build.outDir, 'methodes', newMethod.id, 'index.html'), 'utf8');
    for (const typed of [newMethod.titre, 'Des post-it', newMethod.source.url, 'Exemple fictif.'])
      expect(html).toContain(typed);
    expect(html).toContain('Les questions (15 min).');
    // With the forge configured, « Proposer une modification » opens the entry in the editor,
    // which signs in with GitLab (PKCE) and may call that GitLab only.
    expect(html).toMatch(
      new RegExp(
        `<a href="${paths.admin}#/collections/methodes/entries/${newMethod.id}"[^>]*>Proposer une modification`,
      ),
    );
    const config = JSON.parse(readFileSync(join(build.outDir, 'admin/config.json'), 'utf8'));
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'tilab/site',
      auth_type: 'pkce',
      app_id: 'essai-pkce',
      base_url: 'https://forge.example.org',
    });
    expect(readFileSync(join(build.outDir, 'admin/index.html'), 'utf8')).toContain(
      "connect-src 'self' blob: https://forge.example.org;",
    );
    expect(watch.cspViolations).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });

  it('edits an existing sheet: its branch changes the edited field’s line and nothing else', async () => {
    const { page, watch } = await openEditor();
    await page.goto(`${site.url}${paths.admin}#/collections/methodes/entries/entretien`);
    const resume = field(page, 'resume');
    const before = /^resume: (.*)$/m.exec(fileOn('main', 'content/methodes/entretien.md'))![1]!;
    await expect.poll(() => resume.inputValue(), waitLong).toBe(before);
    await resume.fill('Une conversation préparée avec une personne qui utilise le service.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const branch = 'cms/methodes/entretien';
    const changedLines = () =>
      branches().includes(branch)
        ? repository
            .git('diff', '--unified=0', 'main', branch)
            .split('\n')
            .filter((line) => /^[-+](?![-+]{2} )/.test(line))
        : [];
    await expect
      .poll(changedLines, waitLong)
      .toEqual([
        `-resume: ${before}`,
        '+resume: Une conversation préparée avec une personne qui utilise le service.',
      ]);
    expect(repository.git('diff', '--name-only', 'main', branch).trim()).toBe(
      'content/methodes/entretien.md',
    );
    expect(watch.cspViolations).toEqual([]);
  });

  it.each([
    [
      'a new entry',
      'new',
      'backup.methodes',
      'resume',
      'Un résumé écrit avant que la page ne se ferme.',
    ],
    [
      'an existing entry',
      'entries/observation',
      'backup.methodes.observation',
      'titre',
      'Observation sur le terrain',
    ],
  ])('keeps the unsaved work of %s through a reload', async (_kind, entry, copy, name, typed) => {
    const { page, watch } = await openEditor();
    // Leaving the page asks first (unsaved changes); coming back offers the copy.
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'beforeunload') questions.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(`${site.url}${paths.admin}#/collections/methodes/${entry}`);
    const input = field(page, name).first();
    if (entry !== 'new') await expect.poll(() => input.inputValue(), waitLong).not.toBe('');
    await input.fill(typed);
    // The editor keeps a copy of the entry in the browser (IndexedDB) a moment after each change.
    await expect.poll(() => savedCopy(page, copy), waitLong).toContain(typed);
    await page.reload();
    await expect.poll(() => field(page, name).first().inputValue(), waitLong).toBe(typed);
    expect(questions).toEqual([
      "Une sauvegarde locale a été trouvée pour cette entrée. Voulez-vous l'utiliser ?",
    ]);
    // Still there once the editor has finished loading the entry (src/client/cms/backup-after-draft.ts).
    await page.waitForTimeout(2_000);
    expect(await field(page, name).first().inputValue()).toBe(typed);
    expect(watch.cspViolations).toEqual([]);
  });

  it('searches every collection at once from its sidebar (Decap’s « Tout rechercher »)', async () => {
    const { page, watch } = await openEditor();
    // Decap searches all collections unless its configuration says `search: false`, by the field
    // each collection names as its title (identifier_field) and those of its summary.
    const search = page.getByPlaceholder('Tout rechercher');
    await search.fill('essai');
    // Enter searches the collection open; the list under the box offers all of them.
    await page.getByText('Toutes les collections', { exact: true }).click();
    await page.getByText('Résultats de la recherche pour "essai"').waitFor(waitLong);
    expect(new URL(page.url()).hash).toBe('#/search/essai');
    const results = page.locator('a[href*="/collections/"][href*="/entries/"]');
    await results.first().waitFor(waitLong);
    const collections = new Set(
      (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(
        (href) => href.split('/collections/')[1]!.split('/')[0]!,
      ),
    );
    // « Projet d’essai » and « Partenaire d’essai », from two collections (the MDX page is not
    // the editor's: it edits Markdown only).
    expect([...collections].sort()).toEqual(['partenaires', 'projets']);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('says plainly when a save fails, and keeps the change in the form', async () => {
    const { page, watch } = await openEditor();
    // The local server refuses to save: a full disk, a lost connection, a refused push.
    await page.route(`**${adminFiles.localApi}`, async (route) => {
      const request = route.request().postDataJSON() as { action?: string } | null;
      if (request?.action !== 'persistEntry') return route.fallback();
      return route.fulfill({ status: 500, json: { error: 'Disque plein' } });
    });
    await page.goto(`${site.url}${paths.admin}#/collections/methodes/entries/observation`);
    const title = field(page, 'titre').first();
    await expect.poll(() => title.inputValue(), waitLong).toBe('Observation');
    await title.fill('Observation sur le terrain');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText("Échec de l'enregistrement de l'entrée").waitFor();
    expect(await title.inputValue()).toBe('Observation sur le terrain');
    expect(branches()).not.toContain('cms/methodes/observation');
    expect(watch.cspViolations).toEqual([]);
  });
});
