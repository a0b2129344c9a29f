import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface FilterSpeed {
  /** Sheets listed on /methodes/. */
  cards: number;
  /** Time to apply one filter (a phase ticked), in milliseconds, as the page's script runs it. */
  phaseMs: number;
  /** Time to apply three filters at once (phase, minutes, group size). */
  combinedMs: number;
}

/** Opens /methodes/ in Chromium and times the filters, which run synchronously in the change handler. */
export async function libraryFilterSpeed(dist: string): Promise<FilterSpeed> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/methodes/`);
    await page.waitForSelector('#method-filters:not([hidden])');
    return await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#method-filters')!;
      const time = (act: () => void) => {
        const start = performance.now();
        act();
        return performance.now() - start;
      };
      const phase = form.querySelector<HTMLInputElement>('input[value="explorer"]')!;
      const phaseMs = time(() => phase.click());
      const minutes = form.querySelector<HTMLInputElement>('input[name="minutes"]')!;
      const people = form.querySelector<HTMLInputElement>('input[name="personnes"]')!;
      const combinedMs = time(() => {
        minutes.value = '90';
        people.value = '12';
        form.dispatchEvent(new Event('change', { bubbles: true }));
      });
      return {
        cards: document.querySelectorAll('[data-method]').length,
        phaseMs: Math.round(phaseMs),
        combinedMs: Math.round(combinedMs),
      };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
