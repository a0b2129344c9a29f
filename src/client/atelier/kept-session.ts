// The atelier kept in this browser, so that a sheet's « Ajouter à mon atelier » (a button, or the
// plain link without JavaScript) adds to it, in any tab and on another day. localStorage: in this
// browser only, never sent anywhere (not a cookie); the address stays the session's reference. An
// atelier an earlier version kept in this tab's sessionStorage is moved over once.
export const keptSessionKey = 'ti-lab-atelier';
/** Dispatched on window when this tab changes the kept atelier (other tabs get a storage event). */
export const keptSessionChange = 'ti-lab-atelier-change';

function migrateFromTabStorage(): void {
  const previous = sessionStorage.getItem(keptSessionKey);
  if (previous === null) return;
  if (localStorage.getItem(keptSessionKey) === null) localStorage.setItem(keptSessionKey, previous);
  sessionStorage.removeItem(keptSessionKey);
}

export function readKeptSession(): string | null {
  try {
    migrateFromTabStorage();
    return localStorage.getItem(keptSessionKey);
  } catch {
    // Storage refused (privacy settings): « Ajouter » then starts a new session.
    return null;
  }
}

export function keepSession(query: string): void {
  try {
    if (query) localStorage.setItem(keptSessionKey, query);
    else localStorage.removeItem(keptSessionKey);
    window.dispatchEvent(new Event(keptSessionChange));
  } catch {
    // Same as above: nothing kept, the address still holds the session.
  }
}
