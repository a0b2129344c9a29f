// « Emporter la bibliothèque hors ligne » (src/components/methods/OfflineLibrary.astro): says what
// the copy weighs, registers the service worker only when the button is pressed (a visit without
// it registers and caches nothing), follows its download and removes the copy on request.
import { fill } from '../../i18n/fill.ts';
import {
  isOfflineSummary,
  offlineCachePrefix,
  offlineFiles,
  type OfflineSummary,
} from '../../lib/offline-library.ts';
import { formatBytes } from '../../lib/format.ts';

const section = document.querySelector<HTMLElement>('[data-offline-library]');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The section's strings, written by the component from src/i18n/fr.ts. */
type Texts = Record<
  'size' | 'progress' | 'kept' | 'updating' | 'failed' | 'removed' | 'unavailable',
  string
>;

async function readSummary(): Promise<OfflineSummary | null> {
  try {
    const response = await fetch(offlineFiles.summary, { cache: 'no-cache' });
    const summary: unknown = response.ok ? await response.json() : null;
    return isOfflineSummary(summary) ? summary : null;
  } catch {
    return null;
  }
}

async function keptCopies(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(offlineCachePrefix));
}

function start(section: HTMLElement) {
  const texts = JSON.parse(section.dataset['texts'] ?? '{}') as Texts;
  const state = byId<HTMLElement>('hors-ligne-etat');
  const keep = byId<HTMLButtonElement>('hors-ligne-emporter');
  const remove = byId<HTMLButtonElement>('hors-ligne-supprimer');
  const progress = byId<HTMLProgressElement>('hors-ligne-progression');
  let summary: OfflineSummary | null = null;

  const sizes = () =>
    summary
      ? { download: formatBytes(summary.transferBytes), stored: formatBytes(summary.bytes) }
      : { download: '', stored: '' };

  function show(view: 'offer' | 'downloading' | 'kept' | 'failed' | 'removed', message?: string) {
    const busy = view === 'downloading';
    const kept = view === 'kept';
    keep.hidden = kept;
    keep.disabled = busy || !summary;
    keep.toggleAttribute('aria-busy', busy);
    remove.hidden = !kept;
    progress.hidden = !busy;
    const offer = summary ? fill(texts.size, { ...sizes(), n: summary.files }) : texts.unavailable;
    state.textContent =
      message ??
      {
        offer,
        downloading: fill(texts.progress, { done: 0, total: summary?.files ?? 0 }),
        kept: fill(texts.kept, sizes()),
        failed: `${texts.failed} ${offer}`,
        removed: `${texts.removed} ${offer}`,
      }[view];
  }

  let quarterSaid = -1;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; done?: number; total?: number };
    if (data.type !== 'offline-progress' || data.done === undefined || !data.total) return;
    progress.max = data.total;
    progress.value = data.done;
    // The status (read by screen readers) changes at each quarter, not at each group of files.
    const quarter = Math.floor((data.done * 4) / data.total);
    if (quarter === quarterSaid) return;
    quarterSaid = quarter;
    show('downloading', fill(texts.progress, { done: data.done, total: data.total }));
  });

  /** Waits for a worker being installed to hold its copy (activated) or to give up (redundant). */
  function settled(worker: ServiceWorker): Promise<boolean> {
    return new Promise((resolve) => {
      const check = () => {
        if (worker.state === 'activated') resolve(true);
        else if (worker.state === 'redundant') resolve(false);
      };
      worker.addEventListener('statechange', check);
      check();
    });
  }

  async function follow(worker: ServiceWorker, message?: string) {
    show('downloading', message);
    show((await settled(worker)) ? 'kept' : 'failed');
  }

  keep.addEventListener('click', async () => {
    quarterSaid = -1;
    show('downloading');
    try {
      const registration = await navigator.serviceWorker.register(offlineFiles.worker, {
        scope: '/',
        updateViaCache: 'none',
      });
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (worker) await follow(worker);
    } catch {
      show('failed');
    }
  });

  remove.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    await registration?.unregister();
    for (const name of await keptCopies()) await caches.delete(name);
    show('removed');
    keep.focus();
  });

  void (async () => {
    summary = await readSummary();
    // Reading what this browser holds neither registers nor stores anything.
    const registration = await navigator.serviceWorker.getRegistration('/');
    const copies = await keptCopies();
    section.hidden = false;
    if (!registration) return show('offer');
    const current = summary && copies.includes(`${offlineCachePrefix}${summary.version}`);
    if (current || !summary) return show('kept');
    // A new deployment: the browser checks for a new worker on its own, this only hastens it.
    await registration.update().catch(() => undefined);
    const next = registration.installing ?? registration.waiting;
    if (next) await follow(next, texts.updating);
    else show('kept');
  })();
}

if (section && 'serviceWorker' in navigator && 'caches' in window) start(section);
