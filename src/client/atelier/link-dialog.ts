// The question a link asks when it would land over an atelier in progress: a native modal <dialog>
// (the page's markup, #atelier-link-dialog), which keeps focus inside, closes on Escape and gives
// the page back to keyboard and screen reader users where they were.
import { ui } from '../../i18n/fr.ts';
import { fill } from '../../i18n/fill.ts';

export type LinkChoice = 'replace' | 'append' | 'separate' | 'later';

const choices = new Set<string>(['replace', 'append', 'separate']);

/** Shows the dialog and resolves with the choice made; Escape or « Voir sans garder » is 'later'. */
export function askAboutLink(values: {
  name: string;
  current: string;
  incoming: string;
}): Promise<LinkChoice> {
  const dialog = document.getElementById('atelier-link-dialog') as HTMLDialogElement;
  const text = dialog.querySelector<HTMLElement>('[data-link-dialog-text]')!;
  text.textContent = fill(ui.atelierKept.askText, values);
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const value = dialog.returnValue;
        resolve(choices.has(value) ? (value as LinkChoice) : 'later');
      },
      { once: true },
    );
    dialog.returnValue = '';
    dialog.showModal();
  });
}
