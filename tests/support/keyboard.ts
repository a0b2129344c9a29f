import type { Page } from 'playwright-core';

/** What has keyboard focus, read in the page: its tag, href, text, value and whether a focus indicator is drawn. */
export function readFocus() {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body)
    return { tag: 'body', href: '', text: '', value: '', visibleFocus: false };
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {
    tag: element.tagName.toLowerCase(),
    href: element.getAttribute('href') ?? '',
    text: (element.textContent ?? '').trim(),
    value: element instanceof HTMLInputElement ? element.value : '',
    visibleFocus: outline || style.boxShadow !== 'none',
  };
}
export type Focus = ReturnType<typeof readFocus>;

/** What has keyboard focus in a Chromium page. */
export async function focused(page: Page) {
  return page.evaluate(readFocus);
}

/**
 * Presses Tab until the focused element satisfies `wanted`, checking every stop shows its focus;
 * for any driver: `pressTab` presses the key, `readNow` runs readFocus in the page.
 */
export async function tabUntilWith(
  pressTab: () => Promise<unknown>,
  readNow: () => Promise<Focus>,
  wanted: (f: Focus) => boolean,
  maxTabs: number,
) {
  for (let i = 0; i < maxTabs; i++) {
    await pressTab();
    const now = await readNow();
    if (now.tag !== 'body' && !now.visibleFocus)
      throw new Error(`focus invisible sur <${now.tag}> « ${now.text} » ${now.href}`);
    if (wanted(now)) return now;
  }
  throw new Error(`élément introuvable au clavier après ${maxTabs} tabulations`);
}

/** Presses Tab in a Chromium page until the focused element satisfies `wanted`. */
export async function tabUntil(page: Page, wanted: (f: Focus) => boolean, maxTabs = 80) {
  return tabUntilWith(
    () => page.keyboard.press('Tab'),
    () => focused(page),
    wanted,
    maxTabs,
  );
}
