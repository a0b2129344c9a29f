// For the print, after the agenda: each chosen sheet's workshop card, then its canvas, taken from
// their own pages (the same markup and those pages' own stylesheets, added to this page's head), so the print never differs from
// what « Imprimer la fiche » and « Imprimer le support » give. A sheet page's card is `.sheet-card`
// (the whole sheet, `article.method`, until the card exists); a canvas page's is `article.canvas`,
// whose page format (A3/A4, orientation) comes from src/styles/canvas.css (CSS named pages).
import type { MethodFacts } from '../../lib/atelier/method-facts.ts';

const pages = new Map<string, Promise<Document | null>>();

function fetchPage(url: string): Promise<Document | null> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .then(async (response) =>
        response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null,
      )
      .catch(() => null);
    pages.set(url, page);
    // A failure is not kept: the next print tries again.
    void page.then((doc) => doc || pages.delete(url));
  }
  return page;
}

const idReferences = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];

/**
 * A copy of `source` for this page: ids (and what refers to them) prefixed so that several sheets
 * can sit together, scripts left out.
 */
export function importMarkup(source: Element, prefix: string): Element {
  const copy = document.importNode(source, true);
  for (const script of copy.querySelectorAll('script')) script.remove();
  const all = [copy, ...copy.querySelectorAll('*')];
  for (const node of all) {
    if (node.id) node.id = `${prefix}${node.id}`;
    for (const name of idReferences) {
      const value = node.getAttribute(name);
      if (value)
        node.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => `${prefix}${id}`)
            .join(' '),
        );
    }
    const href = node.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1)
      node.setAttribute('href', `#${prefix}${href.slice(1)}`);
  }
  return copy;
}

/**
 * The stylesheets of the fetched pages this page lacks (a sheet's, a canvas's: each page loads
 * only its own), added to the head for the print, so a printed card or canvas keeps its looks;
 * resolved once they have loaded (or failed: the print goes on without them).
 */
function adoptStylesheets(pages: readonly (Document | null)[]): Promise<unknown> {
  const present = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
  );
  const loads: Promise<void>[] = [];
  for (const page of pages)
    for (const link of page?.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]') ?? []) {
      const href = new URL(link.getAttribute('href') ?? '', location.href).href;
      if (present.has(href)) continue;
      present.add(href);
      const adopted = document.createElement('link');
      adopted.rel = 'stylesheet';
      // For the print only, as the copies are shown only there: the screen's styles are left as
      // they are, and the browser has nothing to recompute on screen.
      adopted.media = 'print';
      adopted.href = href;
      loads.push(
        new Promise((resolve) => {
          adopted.addEventListener('load', () => resolve(), { once: true });
          adopted.addEventListener('error', () => resolve(), { once: true });
        }),
      );
      document.head.append(adopted);
    }
  return Promise.all(loads);
}

function printed(className: string, content: Element): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = className;
  wrapper.append(content);
  return wrapper;
}

/** Fills `container` with the sheets' cards, then their canvases; false when one could not be fetched. */
export async function preparePrintedMethods(
  container: HTMLElement,
  methods: readonly MethodFacts[],
  /** False once another call has started: its answer, not this older one, fills the container. */
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  const cards = await Promise.all(methods.map((method) => fetchPage(method.url)));
  const canvases = await Promise.all(
    methods.map((method) => (method.canvas ? fetchPage(method.canvas) : Promise.resolve(null))),
  );
  await adoptStylesheets([...cards, ...canvases]);
  const parts: HTMLElement[] = [];
  let complete = true;
  // One sheet's copy per task, so that the page stays responsive while they are made.
  const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));
  for (const [i, method] of methods.entries()) {
    const page = cards[i];
    const card = page?.querySelector('.sheet-card') ?? page?.querySelector('article.method');
    if (card)
      parts.push(printed('atelier-print__sheet', importMarkup(card, `atelier-${method.id}--`)));
    else complete = false;
    await nextTask();
  }
  for (const [i, method] of methods.entries()) {
    if (!method.canvas) continue;
    const canvas = canvases[i]?.querySelector('article.canvas');
    if (canvas)
      parts.push(
        printed('atelier-print__canvas', importMarkup(canvas, `atelier-support-${method.id}--`)),
      );
    else complete = false;
    await nextTask();
  }
  if (stillWanted()) container.replaceChildren(...parts);
  return complete;
}
