import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineCopy } from '../../src/build/offline-copy.ts';
import { offlineCachePrefix, offlineFiles } from '../../src/lib/offline-library.ts';
import { paths } from '../../src/lib/urls.ts';
import { useBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

// « Emporter la bibliothèque hors ligne » in Chromium. The site is served from a copy of dist/ on a
// server of this file's own, which the tests stop to cut the network: Chromium's offline mode
// (context.setOffline) does not reach a service worker's own requests, so the copy must answer.
// 127.0.0.1 is a secure context: service workers run there without HTTPS.
const chromium = useBrowser();
const site = resolve('tests/.tmp/offline-site');
let server: Awaited<ReturnType<typeof serveStatic>>;
let port = 0;
const url = (path: string) => `http://127.0.0.1:${port}${path}`;

async function serve() {
  server = await serveStatic(site, { port });
  port = Number(new URL(server.url).port);
}

beforeAll(async () => {
  rmSync(site, { recursive: true, force: true });
  cpSync(resolve('dist'), site, { recursive: true });
  await serve();
});
afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** A new browser profile's page, with what it logged as errors. */
async function freshPage(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text()))
      errors.push(message.text());
  });
  return { page, errors };
}

const keptCaches = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

async function keepOffline(page: Page, from: string) {
  await page.goto(url(from));
  const button = page.getByRole('button', { name: 'Emporter la bibliothèque hors ligne' });
  await expect
    .poll(() => page.textContent('#hors-ligne-etat'), { timeout: 15_000 })
    .toMatch(/Environ .*Mo/);
  await button.click();
  await page
    .getByRole('button', { name: 'Supprimer la copie hors ligne' })
    .waitFor({ timeout: 60_000 });
}

/** Cuts the network: the browser's offline mode, and the server stopped. */
async function cutNetwork(context: BrowserContext) {
  await context.setOffline(true);
  await server.close();
}

async function restoreNetwork(context: BrowserContext) {
  await serve();
  await context.setOffline(false);
}

describe('offline library', () => {
  it('a first visit without the button registers no worker, keeps nothing and asks nothing more than its page', async () => {
    const context = await chromium.browser.newContext();
    const { page } = await freshPage(context);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(url(paths.home));
    await page.waitForLoadState('networkidle');
    // What the home page's HTML itself loads (stylesheet, scripts, pictograms), and nothing else.
    const loaded = await page.evaluate(() =>
      [
        location.pathname,
        ...[
          ...document.querySelectorAll(
            'link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="icon"]',
          ),
        ].map((link) => new URL((link as HTMLLinkElement).href).pathname),
        ...[...document.querySelectorAll('script[src]')].map(
          (script) => new URL((script as HTMLScriptElement).src).pathname,
        ),
        ...[...document.querySelectorAll('use[href]')].map(
          (use) => new URL(use.getAttribute('href')!, location.href).pathname,
        ),
      ].sort(),
    );
    // Besides these, only the typeface its stylesheet names (src/styles/fonts.css).
    const fetched = [...new Set(asked)].filter((path) => !path.endsWith('.woff2'));
    expect(fetched.sort()).toEqual([...new Set(loaded)].sort());
    for (const path of [paths.methods, paths.atelier, paths.method('personas')]) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
    }
    expect(asked).not.toContain(offlineFiles.worker);
    expect(await registrations(page)).toBe(0);
    expect(await keptCaches(page)).toEqual([]);
    await context.close();
  });

  it('after « Emporter… », with the network cut: a sheet, a canvas, the library, the planner from a shared link and a search', async () => {
    const context = await chromium.browser.newContext();
    const { page, errors } = await freshPage(context);
    await keepOffline(page, paths.methods);
    expect(await page.textContent('#hors-ligne-etat')).toContain('gardée dans ce navigateur');
    expect(await registrations(page)).toBe(1);
    await cutNetwork(context);
    try {
      await page.goto(url(paths.method('personas')));
      expect(await page.locator('h1').textContent()).toContain('Personas');
      await page.goto(url(paths.methodCanvas('carte-d-empathie')));
      expect(await page.locator('article.canvas').count()).toBe(1);
      await page.goto(url(paths.methods));
      expect(await page.locator('.cards li').count()).toBeGreaterThan(30);
      await page.goto(
        url(`${paths.atelier}?v=1&m=brise-glace:15,personas:120,carte-d-empathie:60&debut=09:30`),
      );
      await page.locator('#atelier-sessions .atelier-step').nth(2).waitFor();
      expect(await page.locator('#atelier-sessions [data-title]').allTextContents()).toEqual([
        'Brise-glace',
        'Personas',
        'Carte d’empathie',
      ]);
      await page.goto(url(`${paths.search}?q=persona`));
      await page.waitForSelector('#search-results li');
      expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
        paths.method('personas'),
      );
      await page.goto(url(paths.atelierRun));
      expect(await page.locator('#run-title').isVisible()).toBe(true);
    } finally {
      await restoreNetwork(context);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a new deployment replaces the copy; « Supprimer » removes it', async () => {
    const context = await chromium.browser.newContext();
    const { page } = await freshPage(context);
    await keepOffline(page, paths.atelier);
    const [before] = await keptCaches(page);
    expect(before).toMatch(new RegExp(`^${offlineCachePrefix}`));

    // A new build: a sheet changed, its copy measured again as the build does.
    const method = join(site, 'methodes', 'personas', 'index.html');
    writeFileSync(
      method,
      readFileSync(method, 'utf8').replace('</h1>', ' (nouvelle version)</h1>'),
    );
    writeOfflineCopy(site);
    await page.goto(url(paths.methods));
    await expect.poll(() => keptCaches(page), { timeout: 60_000 }).not.toContain(before);
    const after = await keptCaches(page);
    expect(after).toHaveLength(1);
    await page.getByRole('button', { name: 'Supprimer la copie hors ligne' }).waitFor();

    await cutNetwork(context);
    try {
      await page.goto(url(paths.method('personas')));
      expect(await page.locator('h1').textContent()).toContain('(nouvelle version)');
    } finally {
      await restoreNetwork(context);
    }

    await page.goto(url(paths.methods));
    await page.getByRole('button', { name: 'Supprimer la copie hors ligne' }).click();
    await expect
      .poll(() => page.textContent('#hors-ligne-etat'), { timeout: 15_000 })
      .toContain('supprimée');
    expect(await keptCaches(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await context.close();
  });
});
