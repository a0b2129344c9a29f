// The session kept for this tab, so that a sheet's « Ajouter à mon atelier » link (a plain link
// carrying only that sheet) adds to it. sessionStorage: in this browser and this tab only, gone when
// the tab closes, never sent anywhere (not a cookie). The address stays the session's reference.
const key = 'ti-lab-atelier';

export function readKeptSession(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    // Storage refused (privacy settings): « Ajouter » then starts a new session.
    return null;
  }
}

export function keepSession(query: string): void {
  try {
    if (query) sessionStorage.setItem(key, query);
    else sessionStorage.removeItem(key);
  } catch {
    // Same as above: nothing kept, the address still holds the session.
  }
}
