// « Ajouter à mon atelier » without leaving the page, and « Mon atelier (n) » in the header. Loaded
// by site.ts when the current kept atelier holds sheets, else on the first press of such a button
// (add-to-atelier.ts draws them until then). Each link
// (data-atelier-add, the no-JavaScript fallback) is hidden behind a button that changes the atelier
// kept in this browser as current (kept-session.ts); the planner reads the same copy.
import { ui } from '../../i18n/fr.ts';
import { fill } from '../../lib/atelier/messages.ts';
import {
  addMethods,
  atelierSteps,
  distinctMethods,
  removeMethod,
  type DraftAtelier,
} from '../../lib/atelier/session.ts';
import { parseAtelierQuery, serializeAtelier } from '../../lib/atelier/session-url.ts';
import {
  isKeptAteliersEvent,
  keepSession,
  keptSessionChange,
  readKeptSession,
} from './kept-session.ts';
import { element } from '../dom.ts';
import { hiddenTitle } from '../add-to-atelier.ts';

const texts = ui.atelierInPlace;

function keptDraft(): DraftAtelier {
  return parseAtelierQuery(readKeptSession() ?? '').atelier;
}

function keptMethods(): string[] {
  return distinctMethods(atelierSteps(keptDraft()));
}

let status: HTMLElement | undefined;
function announce(message: string) {
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => status && (status.textContent = message), 50);
}

function renderControl(link: HTMLAnchorElement, methods: readonly string[], focus = false) {
  const id = link.dataset['atelierAdd']!;
  const title = link.dataset['atelierTitle'] ?? id;
  let control = link.nextElementSibling;
  if (!(control instanceof HTMLElement) || !control.matches('[data-atelier-control]')) {
    control = element('span', 'atelier-add');
    (control as HTMLElement).dataset['atelierControl'] = '';
    link.after(control);
  }
  link.hidden = true;
  const button = element('button', 'atelier-add__button');
  button.type = 'button';
  const inside = methods.includes(id);
  if (inside) {
    button.append(texts.remove, hiddenTitle(title));
    button.addEventListener('click', () => change(id, title, 'remove'));
    (control as HTMLElement).replaceChildren(
      element('span', 'atelier-add__state', `${texts.inAtelier} · `),
      button,
    );
  } else {
    button.append(ui.addToAtelier, hiddenTitle(title));
    button.addEventListener('click', () => change(id, title, 'add'));
    (control as HTMLElement).replaceChildren(button);
  }
  if (focus) button.focus();
}

function change(id: string, title: string, action: 'add' | 'remove') {
  const draft = keptDraft();
  const next = action === 'add' ? addMethods(draft, [id]).atelier : removeMethod(draft, id);
  keepSession(serializeAtelier(next));
  const n = distinctMethods(atelierSteps(next)).length;
  render(id);
  announce(fill(action === 'add' ? texts.added : texts.removed, { title, n }));
}

/** The header's « Mon atelier (n) »; the planner shows it at once from its address too. */
function renderHeader(count: number) {
  const item = document.querySelector<HTMLElement>('[data-atelier-header]');
  const link = item?.querySelector('a');
  if (link && location.pathname === link.pathname) link.setAttribute('aria-current', 'page');
  const number = item?.querySelector<HTMLElement>('[data-atelier-count]');
  if (!item || !number) return;
  item.hidden = count === 0;
  number.textContent = fill(texts.headerCount, { n: count });
}

/** The header's count of the kept atelier, at once (the planner calls it before its sheets load). */
export const renderKeptHeader = () => renderHeader(keptMethods().length);

/** Shows every control and the header count as the kept atelier is; focus stays on `focusId`'s. */
function render(focusId?: string) {
  const methods = keptMethods();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-atelier-add]'))
    renderControl(link, methods, link.dataset['atelierAdd'] === focusId);
  renderHeader(methods.length);
}

if (document.querySelector('a[data-atelier-add]')) {
  status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  document.body.append(status);
}
render();
window.addEventListener(keptSessionChange, () => render());
window.addEventListener('storage', (event) => {
  if (isKeptAteliersEvent(event)) render();
});
