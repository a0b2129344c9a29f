/**
 * Works around a race in Decap CMS 3.16: on opening an entry, it reads its copy of unsaved work
 * (localForage, IndexedDB key `backup.<collection>.<entry>`) while it prepares the form's draft; when
 * the copy arrives first and the editor accepts it, the draft prepared afterwards replaces it and
 * the work seems lost. The form only shows once the draft exists, so each read of a copy is answered
 * once a field of the form is on the page (or after a few seconds, whatever happens).
 */

const formShown = () => document.querySelector('[id$="-field-1"]') !== null;

function whenFormShown(timeout = 8_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () =>
      formShown() || Date.now() - started > timeout ? resolve() : setTimeout(check, 50);
    check();
  });
}

export function answerBackupsAfterTheDraft(): void {
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    const request = get.call(this, query);
    if (typeof query !== 'string' || !query.startsWith('backup.')) return request;
    // localForage listens with `onsuccess`: keep its handler and call it once the form is shown.
    let handler: IDBRequest['onsuccess'] = null;
    Object.defineProperty(request, 'onsuccess', {
      get: () => handler,
      set: (value: IDBRequest['onsuccess']) => (handler = value),
    });
    request.addEventListener('success', (event) => {
      void whenFormShown().then(() => handler?.call(request, event));
    });
    return request;
  };
}
