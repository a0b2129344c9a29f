import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The real editor (Decap CMS, as built in dist/admin/) in Chromium, against Decap's local server in
// git mode over a throw-away copy of the fixture site: each save is a commit on a branch
// `cms/<collection>/<entry>` of its own, as a pull request would be on the forge.

const chromium = useBrowser();
let repository: ReturnType<typeof editorRepository>;
let localServer: Awaited<ReturnType<typeof startLocalEditorServer>>;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  repository = editorRepository();
  localServer = await startLocalEditorServer(repository.dir);
  site = await serveStatic(resolve('dist'), {
    proxy: { path: adminFiles.localApi, target: localServer.url },
  });
});
afterAll(async () => {
  await site?.close();
  await localServer?.stop();
  repository?.remove();
});

/** The editor's sign-in screen, then its collections (the local server needs no account). */
async function openEditor(): Promise<{ page: Page; watch: PageWatch }> {
  const opened = await watchedPage(chromium.context);
  await opened.page.goto(`${site.url}${paths.admin}`);
  await opened.page.getByRole('button', { name: 'Se connecter' }).click();
  await opened.page.getByRole('link', { name: 'Fiches méthodes' }).waitFor();
  return opened;
}

/** The file as it is on a branch of the editor's repository. */
const fileOn = (branch: string, path: string) => repository.git('show', `${branch}:${path}`);

describe('the browser editor', () => {
  it('signs in on a French screen that axe finds no fault with, under its own policy', async () => {
    const { page, watch } = await watchedPage(chromium.context);
    await page.goto(`${site.url}${paths.admin}`);
    const signIn = page.getByRole('button', { name: 'Se connecter' });
    await signIn.waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
  });
});
