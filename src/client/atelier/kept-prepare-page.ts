// Which kept atelier the planner shows, and where its changes go. The tab remembers the atelier it
// shows in its history entry (so a reload reopens that one, whatever other tabs did); a link from
// elsewhere (shared, or a parcours's « Adapter ») is shown without being kept, and offers
// « Garder cet atelier »; over an atelier in progress it first asks (link-dialog.ts). Nothing kept
// is ever replaced without that question.
import { ui } from '../../i18n/fr.ts';
import { fill } from '../../i18n/fill.ts';
import {
  addAtelier,
  appendQuery,
  arrivalFor,
  currentAtelier,
  findAtelier,
  openAtelier,
  saveAtelier,
  methodCount,
  type KeptAtelier,
} from '../../lib/atelier/kept-ateliers.ts';
import { parseAtelierQuery, type ParsedAddress } from '../../lib/atelier/session-url.ts';
import {
  changeKeptAteliers,
  defaultAtelierName,
  isKeptAteliersEvent,
  newAtelierId,
  nowIso,
  readKeptAteliers,
} from './kept-session.ts';
import { askAboutLink } from './link-dialog.ts';
import { renderMyAteliers } from './my-ateliers.ts';

const texts = ui.atelierKept;

/** The kept atelier this tab shows, or null (nothing kept yet, or a link not kept). */
let shownId: string | null = null;
/** A link's atelier shown without being kept: its changes stay in the address. */
let notKept = false;
/** What this tab last showed, as a query: to keep it, and to tell another tab's change. */
let lastQuery = '';

const banner = () => document.getElementById('atelier-kept-notice')!;

function rememberInTab(id: string | null) {
  shownId = id;
  const state = (history.state ?? {}) as Record<string, unknown>;
  history.replaceState({ ...state, atelier: id }, '');
}

function tabAtelier(): string | null {
  const id = (history.state as { atelier?: unknown } | null)?.atelier;
  return typeof id === 'string' ? id : null;
}

const methodsText = (query: string) => {
  const n = methodCount(query);
  return n === 0 ? texts.methodsNone : n === 1 ? texts.methodsOne : fill(texts.methods, { n });
};

const nameFor = (query: string) => parseAtelierQuery(query).atelier.title || defaultAtelierName();

function keepAsNew(query: string): KeptAtelier | undefined {
  const id = newAtelierId();
  const kept = changeKeptAteliers((all) =>
    addAtelier(all, { id, name: nameFor(query), query, modified: nowIso() }),
  );
  const atelier = findAtelier(kept, id);
  if (findAtelier(readKeptAteliers(), id)) rememberInTab(id);
  return atelier;
}

/** The notice above the planner: a link not kept, or a change another tab made. */
function showNotice(text: string, action: { label: string; run: () => void } | null) {
  const notice = banner();
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  const children: Node[] = [paragraph];
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    children.push(button);
  }
  notice.replaceChildren(...children);
  notice.hidden = false;
}

function hideNotice() {
  banner().hidden = true;
  banner().replaceChildren();
}

/** The run page's link: a link not kept is run from its own address. */
function updateRunLink() {
  const run = document.querySelector<HTMLAnchorElement>('[data-run-link]');
  if (!run) return;
  const path = new URL(run.href).pathname;
  run.href = notKept && lastQuery ? `${path}?${lastQuery}` : path;
}

function offerToKeep(announce: (message: string) => void) {
  showNotice(texts.notKept, {
    label: texts.keep,
    run: () => {
      const atelier = keepAsNew(lastQuery);
      if (!atelier) return announce(texts.keepFailed);
      notKept = false;
      hideNotice();
      updateRunLink();
      refreshList();
      document.getElementById('atelier-programme-titre')?.focus();
      announce(fill(texts.kept, { name: atelier.name }));
    },
  });
}

function refreshList() {
  renderMyAteliers(readKeptAteliers(), shownId);
}

export interface Arrived {
  /** The atelier to show, as its address's query parsed (with the sheets it asks to add). */
  parsed: ParsedAddress;
  message: string;
}

/** Decides what the planner shows, asking first when a link would land over an atelier in progress. */
export async function arrive(
  search: string,
  announce: (message: string) => void,
): Promise<Arrived> {
  const address = parseAtelierQuery(search);
  const kept = readKeptAteliers();
  const arrival = arrivalFor(
    kept,
    { hasAtelier: address.hasAtelier, query: search.replace(/^\?/, '') },
    tabAtelier(),
  );
  const withAdditions = (query: string): ParsedAddress => ({
    ...parseAtelierQuery(query),
    additions: address.additions,
  });
  let arrived: Arrived = { parsed: address, message: '' };
  if (arrival.kind === 'kept') {
    const atelier = findAtelier(kept, arrival.id)!;
    rememberInTab(atelier.id);
    changeKeptAteliers((all) => openAtelier(all, atelier.id));
    arrived = { parsed: withAdditions(atelier.query), message: '' };
  } else if (arrival.kind === 'none') rememberInTab(null);
  else {
    const linkQuery = search.replace(/^\?/, '');
    const current = currentAtelier(kept);
    const choice =
      arrival.ask && current
        ? await askAboutLink({
            name: current.name,
            current: methodsText(current.query),
            incoming: methodsText(linkQuery),
          })
        : 'later';
    if (choice === 'replace' && current) {
      changeKeptAteliers((all) => saveAtelier(all, current.id, linkQuery, nowIso()));
      rememberInTab(current.id);
      arrived = { parsed: address, message: fill(texts.replaced, { name: current.name }) };
    } else if (choice === 'append' && current) {
      rememberInTab(current.id);
      const message = fill(texts.appended, { name: current.name });
      arrived = { parsed: withAdditions(appendQuery(current.query, linkQuery)), message };
    } else if (choice === 'separate') {
      const atelier = keepAsNew(linkQuery);
      const message = atelier ? fill(texts.separated, { name: atelier.name }) : texts.keepFailed;
      arrived = { parsed: address, message };
    } else {
      rememberInTab(null);
      notKept = address.hasAtelier && !address.unknownVersion;
    }
  }
  if (notKept) offerToKeep(announce);
  refreshList();
  watchOtherTabs();
  return arrived;
}

/** Where the planner's every change goes: the atelier shown, or a new one at the first change. */
export function keepShown(query: string): void {
  lastQuery = query;
  updateRunLink();
  if (notKept) return;
  if (shownId === null) {
    if (query) keepAsNew(query);
  } else changeKeptAteliers((all) => saveAtelier(all, shownId!, query, nowIso()));
  refreshList();
}

function watchOtherTabs() {
  window.addEventListener('storage', (event) => {
    if (!isKeptAteliersEvent(event)) return;
    refreshList();
    if (shownId === null || notKept) return;
    const atelier = findAtelier(readKeptAteliers(), shownId);
    if (atelier?.query === lastQuery) return;
    if (document.visibilityState === 'hidden') return location.reload();
    showNotice(atelier ? texts.changedElsewhere : texts.deletedElsewhere, {
      label: texts.showLatest,
      run: () => location.reload(),
    });
  });
}
