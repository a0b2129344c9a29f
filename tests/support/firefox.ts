import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { axeSource, runAxe, type AxeViolation } from './browser.ts';
import { readFocus, tabUntilWith, type Focus } from './keyboard.ts';
import { toolPath } from './tools.ts';

// Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core. playwright-core's BiDi
// mode for stock Firefox (channel « moz-firefox ») fails on ESR 153 at the first new context: it
// sends emulation.setMediaFeaturesOverride, a command this ESR does not know yet.

export type ColorScheme = 'light' | 'dark';

/**
 * Firefox ESR headless, with a fresh profile and no background traffic. Over BiDi, Firefox cannot
 * emulate media features per page: the colour scheme and reduced motion are profile preferences,
 * hence one browser per colour scheme.
 */
export async function launchFirefox(colorScheme: ColorScheme = 'light'): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: toolPath('firefox-esr'),
    headless: true,
    extraPrefsFirefox: {
      // 0 dark, 1 light: what the page's prefers-color-scheme reads.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      // The site scrolls smoothly otherwise, and a click could land mid-scroll.
      'ui.prefersReducedMotion': 1,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
}

/** What a page did that it should not: console errors and requests leaving 127.0.0.1. */
export interface FirefoxWatch {
  consoleErrors: string[];
  externalRequests: string[];
}

/** A new page in the context that records console errors and aborts requests to another host. */
export async function watchedFirefoxPage(
  context: BrowserContext,
): Promise<{ page: Page; watch: FirefoxWatch }> {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const watch: FirefoxWatch = { consoleErrors: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return void request.continue();
    watch.externalRequests.push(url.href);
    return void request.abort();
  });
  return { page, watch };
}

/** axe's violations on the current Firefox page, with the Chromium tests' rules. */
export async function firefoxAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(runAxe);
}

/** One Firefox for a test file, opened before its tests and closed after. */
export function useFirefox(colorScheme: ColorScheme = 'light'): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchFirefox(colorScheme);
  });
  afterAll(async () => browser?.close());
  return {
    get browser() {
      return browser!;
    },
  };
}

/** Presses Tab in a Firefox page until the focused element satisfies `wanted` (tests/support/keyboard.ts). */
export async function firefoxTabUntil(page: Page, wanted: (f: Focus) => boolean, maxTabs = 200) {
  return tabUntilWith(
    () => page.keyboard.press('Tab'),
    () => page.evaluate(readFocus),
    wanted,
    maxTabs,
  );
}
