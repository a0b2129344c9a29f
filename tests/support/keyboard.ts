import type { Page } from 'playwright-core';

/** What has keyboard focus: its tag, href and whether a focus indicator is drawn. */
export async function focused(page: Page) {
  return page.evaluate(() => {
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
  });
}

/** Presses Tab until the focused element satisfies `wanted`, checking every stop shows its focus. */
export async function tabUntil(
  page: Page,
  wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  maxTabs = 80,
) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body' && !now.visibleFocus)
      throw new Error(`focus invisible sur <${now.tag}> « ${now.text} » ${now.href}`);
    if (wanted(now)) return now;
  }
  throw new Error(`élément introuvable au clavier après ${maxTabs} tabulations`);
}
