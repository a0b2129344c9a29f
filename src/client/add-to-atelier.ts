// « Ajouter à mon atelier » before its script is needed: each link (data-atelier-add, the
// no-JavaScript fallback) becomes the same button add-in-place.ts draws for a sheet not yet in the
// atelier, and the first press loads that script, which then adds the sheet. A reader who keeps no
// atelier thus never downloads it until asked (issue 22: a sheet's first view within its budget).
import { element } from './dom.ts';

/** The sheet's title after the button's text, for screen readers: « … : « Personas » ». */
export function hiddenTitle(title: string) {
  return element('span', 'visually-hidden', `\u202F: «\u202F${title}\u202F»`);
}

let loaded: Promise<void> | undefined;
/**
 * Runs add-in-place.ts, once: its script waits in the page's <template id="atelier-in-place">
 * (src/layouts/BaseLayout.astro), inert until inserted. A script tag rather than import(), so
 * that every page's script carries no module loader for it.
 */
export function loadAddInPlace(): Promise<void> {
  loaded ??= new Promise((resolve, reject) => {
    // BaseLayout renders the template on every page.
    const template = document.querySelector<HTMLTemplateElement>('template#atelier-in-place')!;
    const script = template.content.querySelector('script')!;
    const copy = document.createElement('script');
    copy.type = 'module';
    copy.src = script.getAttribute('src')!;
    copy.addEventListener('load', () => resolve());
    copy.addEventListener('error', reject);
    document.body.append(copy);
  });
  return loaded;
}

/** Replaces each link by its button; its first press runs add-in-place.ts, which redraws them. */
export function deferAddButtons() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-atelier-add]')) {
    const control = element('span', 'atelier-add');
    control.dataset['atelierControl'] = '';
    const button = element('button', 'atelier-add__button', link.textContent ?? '');
    button.type = 'button';
    button.append(hiddenTitle(link.dataset['atelierTitle'] ?? link.dataset['atelierAdd']!));
    // Once loaded, add-in-place.ts has drawn a fresh button in the same control: press it (once,
    // so that a double press does not add the sheet and then take it out).
    button.addEventListener(
      'click',
      () =>
        void loadAddInPlace().then(
          () => control.querySelector('button')?.click(),
          // Its script unreachable (network gone): the link does it, on /atelier/.
          () => window.location.assign(link.href),
        ),
      { once: true },
    );
    control.append(button);
    link.hidden = true;
    link.after(control);
  }
}
