// « Ajouter à mon atelier » before its script is needed: each link (data-atelier-add, the
// no-JavaScript fallback) becomes the same button add-in-place.ts draws for a sheet not yet in the
// atelier, and the first press loads that script, which then adds the sheet. A reader who keeps no
// atelier thus never downloads it until asked (issue 22: a sheet's first view within its budget).
import { element } from './dom.ts';

/** The sheet's title after the button's text, for screen readers: « … : « Personas » ». */
export function hiddenTitle(title: string) {
  return element('span', 'visually-hidden', `\u202F: «\u202F${title}\u202F»`);
}

/** Replaces each link by its button; `load` brings add-in-place.ts, which redraws the controls. */
export function deferAddButtons(load: () => Promise<unknown>) {
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
      () => void load().then(() => control.querySelector('button')?.click()),
      { once: true },
    );
    control.append(button);
    link.hidden = true;
    link.after(control);
  }
}
