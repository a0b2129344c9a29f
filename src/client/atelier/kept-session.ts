// The ateliers kept in this browser (« Mes ateliers »), so that a sheet's « Ajouter à mon atelier »
// (a button, or the plain link without JavaScript) adds to the current one, in any tab and on
// another day. localStorage: in this browser only, never sent anywhere (not a cookie); each
// atelier's address stays its reference (src/lib/atelier/kept-ateliers.ts). The single atelier an
// earlier version kept (under its own key, in localStorage or this tab's sessionStorage) becomes
// the first one of the list, once.
import { ui } from '../../i18n/fr.ts';
import { fill } from '../../i18n/fill.ts';
import {
  addAtelier,
  currentAtelier,
  parseKeptAteliers,
  saveAtelier,
  serializeKeptAteliers,
  type KeptAteliers,
} from '../../lib/atelier/kept-ateliers.ts';
import { formatDate } from '../../lib/format.ts';

import { earlierKeptKey as earlierKey, keptAteliersKey } from './kept-key.ts';

/** Dispatched on window when this tab changes the kept ateliers (other tabs get a storage event). */
export const keptSessionChange = 'ti-lab-atelier-change';

/** Today, as the French date a new atelier is named after: « 7 décembre 2026 ». */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

export const defaultAtelierName = () => fill(ui.atelierKept.defaultName, { date: today() });

export const newAtelierId = () =>
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const nowIso = () => new Date().toISOString();

function migrateEarlier(kept: KeptAteliers): KeptAteliers | null {
  const earlier = localStorage.getItem(earlierKey) ?? sessionStorage.getItem(earlierKey);
  if (earlier === null) return null;
  localStorage.removeItem(earlierKey);
  sessionStorage.removeItem(earlierKey);
  if (!earlier || kept.ateliers.length > 0) return kept;
  return addAtelier(kept, {
    id: newAtelierId(),
    name: defaultAtelierName(),
    query: earlier,
    modified: nowIso(),
  });
}

/** Every kept atelier; none when storage is refused (privacy settings). */
export function readKeptAteliers(): KeptAteliers {
  try {
    const kept = parseKeptAteliers(localStorage.getItem(keptAteliersKey));
    const migrated = migrateEarlier(kept);
    if (migrated) localStorage.setItem(keptAteliersKey, serializeKeptAteliers(migrated));
    return migrated ?? kept;
  } catch {
    return parseKeptAteliers(null);
  }
}

/** Writes the list and tells this tab's scripts; false when storage is refused or full. */
export function writeKeptAteliers(kept: KeptAteliers): boolean {
  try {
    localStorage.setItem(keptAteliersKey, serializeKeptAteliers(kept));
    window.dispatchEvent(new Event(keptSessionChange));
    return true;
  } catch {
    return false;
  }
}

/** Reads, changes and writes the list in one go; gives what it wrote. */
export function changeKeptAteliers(change: (kept: KeptAteliers) => KeptAteliers): KeptAteliers {
  const next = change(readKeptAteliers());
  writeKeptAteliers(next);
  return next;
}

/** The current atelier's query, or null when there is none. */
export function readKeptSession(): string | null {
  return currentAtelier(readKeptAteliers())?.query ?? null;
}

/** The current atelier now holds `query`; a first one is made (named after today) when needed. */
export function keepSession(query: string): void {
  changeKeptAteliers((kept) => {
    const current = currentAtelier(kept);
    if (current) return saveAtelier(kept, current.id, query, nowIso());
    if (!query) return kept;
    const entry = { id: newAtelierId(), name: defaultAtelierName(), query, modified: nowIso() };
    return addAtelier(kept, entry);
  });
}

/** Whether a storage event (from another tab) may have changed the kept ateliers. */
export const isKeptAteliersEvent = (event: StorageEvent) =>
  event.key === keptAteliersKey || event.key === null;
