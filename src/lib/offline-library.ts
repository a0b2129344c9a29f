// The offline copy of the library (« Emporter la bibliothèque hors ligne »), named once for the
// build that writes it (src/build/offline-copy.ts), the page that asks for it
// (src/client/offline/offline-library.ts) and the service worker that keeps it.

export const offlineFiles = {
  /** The service worker: at the site's root, so that its scope is the whole site. */
  worker: '/service-worker.js',
  /** Its version, its size and its number of files, for the page to say before downloading. */
  summary: '/hors-ligne.json',
} as const;

/** The copy's cache in the browser (Cache Storage) is this prefix and the copy's version. */
export const offlineCachePrefix = 'tilab-hors-ligne-';

/** What the page reads in offlineFiles.summary. */
export interface OfflineSummary {
  version: string;
  bytes: number;
  transferBytes: number;
  files: number;
}

export function isOfflineSummary(value: unknown): value is OfflineSummary {
  const v = value as Partial<OfflineSummary> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.version === 'string' &&
    typeof v.bytes === 'number' &&
    typeof v.transferBytes === 'number' &&
    typeof v.files === 'number'
  );
}
