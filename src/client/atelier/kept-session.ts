// The atelier kept in this browser, so that a sheet's « Ajouter à mon atelier » link (a plain link
// carrying only that sheet) adds to it, in any tab and on another day. localStorage: in this browser
// only, never sent anywhere (not a cookie); the address stays the session's reference. An atelier
// an earlier version kept in this tab's sessionStorage is moved over once.
const key = 'ti-lab-atelier';

function migrateFromTabStorage(): void {
  const previous = sessionStorage.getItem(key);
  if (previous === null) return;
  if (localStorage.getItem(key) === null) localStorage.setItem(key, previous);
  sessionStorage.removeItem(key);
}

export function readKeptSession(): string | null {
  try {
    migrateFromTabStorage();
    return localStorage.getItem(key);
  } catch {
    // Storage refused (privacy settings): « Ajouter » then starts a new session.
    return null;
  }
}

export function keepSession(query: string): void {
  try {
    if (query) localStorage.setItem(key, query);
    else localStorage.removeItem(key);
  } catch {
    // Same as above: nothing kept, the address still holds the session.
  }
}
