import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { toolPath } from './tools.ts';

const require = createRequire(import.meta.url);
/** Debian's Chromium, headless, with a fresh profile and no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: toolPath('chromium'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did that it should not: console errors, CSP violations, requests leaving 127.0.0.1. */
export interface PageWatch {
  consoleErrors: string[];
  cspViolations: string[];
  externalRequests: string[];
}

/** A new page that records console errors, CSP violations and any request to another host. */
export async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], cspViolations: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) watch.cspViolations.push(text);
    else if (!/Failed to load resource: the server responded with a status of 404/.test(text))
      watch.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    watch.externalRequests.push(url.href);
    return route.abort();
  });
  return { page, watch };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's source, to evaluate in a page before runAxe (any driver). */
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules and the RGAA 4 rules axe-core carries (tag RGAAv4),
 * in the page, once axeSource is evaluated there.
 */
export async function runAxe(): Promise<AxeViolation[]> {
  const axe = (
    window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    }
  ).axe;
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'] },
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
  }));
}

/** axe's violations on the current Chromium page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(runAxe);
}

/** Short text of axe violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    .join('\n');
}

/** One Chromium and one default context for a test file, opened before its tests and closed after. */
export function useBrowser(): { readonly browser: Browser; readonly context: BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => browser?.close());
  return {
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
  };
}

/**
 * Visits every item on two tabs of `context` at once, each tab taking the next item when it is
 * done: a test that walks every sheet waits on Chromium, which can use both cores.
 */
export async function visitInTabs<T>(
  context: BrowserContext,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    [1, 2].map(async () => {
      const page = await context.newPage();
      for (let item = queue.shift(); item !== undefined; item = queue.shift())
        await visit(page, item);
      await page.close();
    }),
  );
}
