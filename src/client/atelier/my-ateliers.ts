// « Mes ateliers » on /atelier/: the ateliers kept in this browser, each to open, rename, duplicate
// or delete. Opening one (or starting a new one) makes it current and reloads the planner on it, so
// the planner has a single way in (kept-prepare-page.ts's arrive).
import { ui } from '../../i18n/fr.ts';
import { fill } from '../../i18n/fill.ts';
import { formatClock } from '../../lib/atelier/clock.ts';
import {
  deleteAtelier,
  duplicateAtelier,
  findAtelier,
  openAtelier,
  renameAtelier,
  methodCount,
  type KeptAtelier,
  type KeptAteliers,
} from '../../lib/atelier/kept-ateliers.ts';
import { formatDate } from '../../lib/format.ts';
import { paths } from '../../lib/urls.ts';
import { changeKeptAteliers, newAtelierId, nowIso, readKeptAteliers } from './kept-session.ts';
import { element } from '../dom.ts';

const texts = ui.atelierKept;

let shown: string | null = null;

function announce(message: string) {
  const status = document.getElementById('atelier-list-status');
  if (!status) return;
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

function button(label: string, name: string, action: string, id: string) {
  const node = element('button', 'button button--secondary', label);
  node.type = 'button';
  node.dataset['atelierAction'] = action;
  node.dataset['atelierId'] = id;
  node.append(element('span', 'visually-hidden', fill(ui.atelierPage.named, { title: name })));
  return node;
}

function methodsText(query: string) {
  const n = methodCount(query);
  return n === 0 ? texts.methodsNone : n === 1 ? texts.methodsOne : fill(texts.methods, { n });
}

function modifiedText(iso: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return fill(texts.modified, {
    date: formatDate(day),
    time: formatClock(date.getHours() * 60 + date.getMinutes()),
  });
}

function item(atelier: KeptAtelier) {
  const li = element('li', 'atelier-kept__item');
  li.dataset['atelierId'] = atelier.id;
  const isShown = atelier.id === shown;
  if (isShown) li.setAttribute('aria-current', 'true');
  const name = element('p', 'atelier-kept__name', atelier.name);
  const facts = [methodsText(atelier.query), modifiedText(atelier.modified)];
  if (isShown) facts.push(texts.shown);
  const meta = element('p', 'atelier-kept__meta', facts.filter(Boolean).join(' · '));
  const actions = element('p', 'atelier-kept__actions');
  if (!isShown) actions.append(button(texts.open, atelier.name, 'open', atelier.id));
  actions.append(
    button(texts.rename, atelier.name, 'rename', atelier.id),
    button(texts.duplicate, atelier.name, 'duplicate', atelier.id),
    button(texts.delete, atelier.name, 'delete', atelier.id),
  );
  li.append(name, meta, actions);
  return li;
}

function focusAction(id: string, action: string) {
  document
    .querySelector<HTMLElement>(
      `#atelier-kept-list [data-atelier-id="${CSS.escape(id)}"][data-atelier-action="${action}"]`,
    )
    ?.focus();
}

/** Draws the list as it is kept; `shownId` is the atelier the planner above shows. */
export function renderMyAteliers(kept: KeptAteliers, shownId: string | null): void {
  shown = shownId;
  const section = document.getElementById('atelier-kept');
  const list = document.getElementById('atelier-kept-list');
  const none = document.getElementById('atelier-kept-none');
  if (!section || !list || !none) return;
  // A name being typed is not swept away by a change made in another tab.
  if (list.querySelector('form')) return;
  list.replaceChildren(...kept.ateliers.map(item));
  list.hidden = kept.ateliers.length === 0;
  none.hidden = kept.ateliers.length > 0;
  section.hidden = false;
  wire(list);
}

function goToPreparePage() {
  // A fresh history entry: the planner then opens the current atelier, not the one this tab showed.
  history.replaceState(null, '');
  location.assign(paths.atelier);
}

function rename(li: HTMLElement, atelier: KeptAtelier) {
  const form = element('form', 'atelier-kept__rename');
  const field = element('p', 'atelier-field');
  const label = element('label', '', texts.renameField);
  const input = element('input');
  input.id = `atelier-kept-name-${atelier.id}`;
  label.htmlFor = input.id;
  input.type = 'text';
  input.required = true;
  input.maxLength = 120;
  input.value = atelier.name;
  field.append(label, input);
  const save = element('button', 'button', texts.renameSave);
  save.type = 'submit';
  const cancel = element('button', 'button button--secondary', texts.renameCancel);
  cancel.type = 'button';
  const actions = element('p', 'atelier-kept__actions');
  actions.append(save, cancel);
  form.append(field, actions);
  const close = () => {
    form.remove();
    refresh();
    focusAction(atelier.id, 'rename');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kept = changeKeptAteliers((all) => renameAtelier(all, atelier.id, input.value));
    form.remove();
    refresh();
    focusAction(atelier.id, 'rename');
    const name = findAtelier(kept, atelier.id)?.name ?? atelier.name;
    announce(fill(texts.renamed, { name }));
  });
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  li.replaceChildren(form);
  input.select();
}

const refresh = () => renderMyAteliers(readKeptAteliers(), shown);

function act(action: string, id: string, li: HTMLElement) {
  const atelier = findAtelier(readKeptAteliers(), id);
  if (!atelier) return refresh();
  if (action === 'open') {
    changeKeptAteliers((all) => openAtelier(all, id));
    return goToPreparePage();
  }
  if (action === 'rename') return rename(li, atelier);
  if (action === 'duplicate') {
    const copy = { id: newAtelierId(), name: fill(texts.copyName, { name: atelier.name }) };
    const kept = changeKeptAteliers((all) =>
      duplicateAtelier(all, id, { ...copy, modified: nowIso() }),
    );
    refresh();
    focusAction(copy.id, 'rename');
    return announce(
      fill(texts.duplicated, { name: findAtelier(kept, copy.id)?.name ?? copy.name }),
    );
  }
  if (action === 'delete') {
    if (!window.confirm(fill(texts.confirmDelete, { name: atelier.name }))) return;
    changeKeptAteliers((all) => deleteAtelier(all, id));
    if (id === shown) return goToPreparePage();
    refresh();
    document.getElementById('atelier-kept-titre')?.focus();
    announce(fill(texts.deleted, { name: atelier.name }));
  }
}

function wire(list: HTMLElement) {
  if (list.dataset['wired']) return;
  list.dataset['wired'] = 'true';
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('[data-atelier-action]');
    const li = target?.closest<HTMLElement>('li');
    if (!target || !li) return;
    act(target.dataset['atelierAction']!, target.dataset['atelierId']!, li);
  });
  document.getElementById('atelier-kept-new')?.addEventListener('click', () => {
    changeKeptAteliers((all) => ({ ...all, current: null }));
    goToPreparePage();
  });
}
