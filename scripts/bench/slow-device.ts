import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/**
 * An old phone on a slow network, as Lighthouse simulates a mobile device with Chromium's own
 * throttling: « 4G lente » (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, applied per request
 * with DevTools' factors 3.75 and 0.9) and a processor 4 times slower. The site is served gzip, as
 * deploy/nginx-site.conf serves it.
 */
export const slowProfile = {
  label:
    'profil mobile de Lighthouse — 4G lente (aller-retour 150 ms, 1,6 Mbit/s), processeur 4 fois plus lent, écran de 360 px',
  requestLatencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadBytesPerSecond: (750 * 0.9 * 1024) / 8,
  cpuSlowdown: 4,
};

export interface SlowDevice {
  /** The simulated device, in French. */
  profile: string;
  sheet: { path: string; firstPaintMs: number; loadedMs: number };
  search: { query: string; resultsMs: number; results: number };
}

/** A page of a fresh context (empty cache) behind the slow profile, or no throttling with `throttle: false`. */
async function slowPage(browser: Browser, throttle: boolean): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  if (!throttle) return page;
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

/**
 * Opens a method sheet, then the search page with a query, each with an empty cache behind the slow
 * profile: when the sheet first paints and finishes loading, and when the first results show (from
 * the start of the navigation to /recherche/?q=…, engine and index downloads included).
 */
export async function slowDeviceTimings(
  dist: string,
  sheetPath: string,
  query: string,
  { throttle = true } = {},
): Promise<SlowDevice> {
  const server = await serveStatic(dist, { compress: true });
  const browser = await launchBrowser();
  try {
    const sheetPage = await slowPage(browser, throttle);
    await sheetPage.goto(`${server.url}${sheetPath}`, { waitUntil: 'load' });
    // The paint entry can come just after the load event.
    await sheetPage.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    const sheet = await sheetPage.evaluate(() => {
      const navigation = performance.getEntriesByType(
        'navigation',
      )[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        firstPaintMs: Math.round(paint!.startTime),
        loadedMs: Math.round(navigation.loadEventEnd),
      };
    });
    await sheetPage.context().close();

    const searchPage = await slowPage(browser, throttle);
    // The moment the results are in the page, noted by the page itself (not when a poll sees them).
    await searchPage.addInitScript(() => {
      const shown = () =>
        document.querySelector('#search-results li') ||
        /^Aucun résultat/.test(document.querySelector('#search-status')?.textContent ?? '');
      new MutationObserver((_, observer) => {
        if (!shown()) return;
        document.documentElement.dataset['benchResultsMs'] = String(Math.round(performance.now()));
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await searchPage.goto(`${server.url}/recherche/?q=${encodeURIComponent(query)}`, {
      waitUntil: 'commit',
    });
    await searchPage.waitForSelector('html[data-bench-results-ms]', {
      state: 'attached',
      timeout: 120_000,
    });
    const search = await searchPage.evaluate(() => ({
      resultsMs: Number(document.documentElement.dataset['benchResultsMs']),
      results: document.querySelectorAll('#search-results > li').length,
    }));
    await searchPage.context().close();
    return {
      profile: throttle ? slowProfile.label : 'sans ralentissement',
      sheet: { path: sheetPath, ...sheet },
      search: { query, ...search },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
