// Where this browser keeps its ateliers, and the check every page's script (site.ts) makes before
// loading the header's « Mon atelier (n) »: small on purpose, it reads no more than it must.
export const keptAteliersKey = 'ti-lab-ateliers';
/** Where the one atelier of earlier versions was kept (moved by kept-session.ts). */
export const earlierKeptKey = 'ti-lab-atelier';

const holdsMethods = (query: unknown) => typeof query === 'string' && /(?:^|&)m=./.test(query);

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
