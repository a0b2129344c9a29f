// Where this browser keeps its ateliers, and the check every page's script (site.ts) makes before
// loading the header's « Mon atelier (n) »: small on purpose, it reads no more than it must.
export const keptAteliersKey = 'ti-lab-ateliers';
/** Where the one atelier of earlier versions was kept (moved by kept-session.ts). */
export const earlierKeptKey = 'ti-lab-atelier';

// Any session's sheets (m, m2, m3…, as session-url.ts writes them): a first session may be empty.
// Read as text so that every page need not load the address's reader.
const holdsMethods = (query: unknown) =>
  typeof query === 'string' && /(?:^|&)m\d*=[^&]/.test(query);

/** Whether the current kept atelier holds sheets; false when storage is refused or unreadable. */
export function currentAtelierHasMethods(): boolean {
  try {
    const kept = JSON.parse(localStorage.getItem(keptAteliersKey) ?? '{}') as {
      current?: unknown;
      ateliers?: { id?: unknown; query?: unknown }[];
    };
    const current = Array.isArray(kept.ateliers)
      ? kept.ateliers.find((atelier) => atelier?.id === kept.current)
      : undefined;
    return holdsMethods(current?.query) || holdsMethods(localStorage.getItem(earlierKeptKey));
  } catch {
    return false;
  }
}
