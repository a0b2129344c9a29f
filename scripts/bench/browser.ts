import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { sharedAtelierPage, templatePages } from '../../tests/support/template-pages.ts';
import { runLighthouse, type MetricName } from '../../tests/support/validators/lighthouse.ts';
import { fileOf, servedBytes, total, type Resource } from './page-weight.ts';

/**
 * An old phone on a slow network, as Lighthouse simulates a mobile device with Chromium's own
 * throttling: « 4G lente » (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, applied per request
 * with DevTools' factors 3.75 and 0.9) and a processor 4 times slower.
 */
export const slowProfile = {
  label:
    'profil mobile de Lighthouse — 4G lente (aller-retour 150 ms, 1,6 Mbit/s), processeur 4 fois plus lent, écran de 360 px',
  requestLatencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadBytesPerSecond: (750 * 0.9 * 1024) / 8,
  cpuSlowdown: 4,
};

/** A page in a fresh context (empty cache) behind the slow profile. */
async function slowPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slowProfile.requestLatencyMs,
    downloadThroughput: slowProfile.downloadBytesPerSecond,
    uploadThroughput: slowProfile.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowProfile.cpuSlowdown });
  return page;
}

async function openMethod(browser: Browser, url: string) {
  const page = await slowPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  // The paint entry can come just after the load event.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const timings = await page.evaluate(() => ({
    firstPaintMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]!.startTime),
    loadedMs: Math.round(performance.getEntriesByType('navigation')[0]!.duration),
  }));
  await page.context().close();
  return timings;
}

const kindOf = (path: string): Resource['kind'] =>
  path.endsWith('/')
    ? 'html'
    : path.endsWith('.css')
      ? 'css'
      : path.endsWith('.js')
        ? 'js'
        : path.endsWith('.svg')
          ? 'icon'
          : path.includes('/wasm.')
            ? 'wasm'
            : 'data';

async function search(browser: Browser, site: string, dist: string, query: string) {
  const page = await slowPage(browser);
  // Every file of the site the page fetched, each once: Pagefind's, and the page's own.
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(site).origin) fetched.add(url.pathname);
  });
  // The moment the results are in the page, noted by the page itself (not when a poll sees them).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      if (!document.querySelector('#search-results li') && !/^Aucun résultat/.test(status)) return;
      document.documentElement.dataset['benchResultsMs'] = String(Math.round(performance.now()));
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`${site}/recherche/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-bench-results-ms]', {
    state: 'attached',
    timeout: 120_000,
  });
  await page.waitForLoadState('networkidle');
  const shown = await page.evaluate(() => ({
    resultsMs: Number(document.documentElement.dataset['benchResultsMs']),
    results: document.querySelectorAll('#search-results > li').length,
  }));
  await page.context().close();
  const weighed = [...fetched].sort().map((path) => ({
    path,
    kind: kindOf(path),
    ...servedBytes(fileOf(dist, path), readFileSync(fileOf(dist, path))),
  })) satisfies Resource[];
  const files = weighed.filter((f) => f.path.startsWith('/pagefind/'));
  const own = weighed.filter((f) => !f.path.startsWith('/pagefind/'));
  return { query, ...shown, files, ...total(files), page: { ...total(weighed), own } };
}
/**
 * A first search on the slow phone: its results, when they showed, the /pagefind/ files fetched,
 * and the whole page's bytes (HTML, stylesheets, scripts, icon and Pagefind's files).
 */
export type SearchRun = Awaited<ReturnType<typeof search>>;
export type BrowserMeasures = Awaited<ReturnType<typeof measureInBrowser>>;

/**
 * A method sheet, then a first search for each query, each in a fresh context behind the slow
 * profile, in Debian's Chromium against `dist` served gzip as deploy/nginx-site.conf serves it.
 * Sizes come from the files: Pagefind's index is already gzip, its scripts count as nginx sends them.
 */
export async function measureInBrowser(
  dist: string,
  methodPath: string,
  queries: readonly string[],
) {
  const server = await serveStatic(dist, { compress: true });
  const browser = await launchBrowser();
  try {
    const method = {
      path: methodPath,
      ...(await openMethod(browser, `${server.url}${methodPath}`)),
    };
    const searches = [];
    for (const query of queries) searches.push(await search(browser, server.url, dist, query));
    return { profile: slowProfile.label, method, searches };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Lighthouse's performance on one page of each template, on its mobile profile (simulated slow 4G
 * and a 4× slower processor, as PageSpeed Insights measures), the site served gzip.
 */
export async function lighthousePerformance(dist: string) {
  const server = await serveStatic(dist, { compress: true });
  try {
    const pages: [string, string][] = [
      ...Object.entries(templatePages),
      ['préparer un atelier (lien partagé)', sharedAtelierPage],
    ];
    const results = await runLighthouse(
      pages.map(([, path]) => `${server.url}${path}`),
      { categories: ['performance'], profile: 'mobile' },
    );
    return results.map(({ scores, metrics }, i) => ({
      template: pages[i]![0],
      path: pages[i]![1],
      score: scores.performance ?? 0,
      metrics: metrics as Partial<Record<MetricName, number>>,
    }));
  } finally {
    await server.close();
  }
}

export type LighthousePerformance = Awaited<ReturnType<typeof lighthousePerformance>>[number];
