// The site's Content-Security-Policy, defined once: Astro writes it in each page's <meta>,
// deploy/nginx.conf and public/_headers send it as a header (a test keeps them equal).

/** Directives valid in both a <meta> element and a header. */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline copy's service worker (src/lib/offline-library.ts), from our own origin; no other worker.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Script sources: our own files, and WebAssembly for Pagefind's search. No 'unsafe-inline', no 'unsafe-eval'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/** The policy as an HTTP header: frame-ancestors only works there. */
export const headerPolicy = [
  ...metaDirectives,
  `script-src ${scriptSources.join(' ')}`,
  `style-src ${styleSources.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');

/** Origins the browser editor talks to on the forge (src/lib/cms/forge.ts); none until it is configured. */
export interface EditorOrigins {
  apiOrigins: string[];
  imageOrigins: string[];
}

/**
 * The browser editor at /admin/ (Decap CMS) gets the site's policy relaxed as far as it needs, and
 * nowhere else (Astro adds these to that page's <meta>; nginx and public/_headers send the header):
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv, which compiles the schema
 *   into a function (`new Function`); without it the editor stops at « Error loading the CMS
 *   configuration ».
 * - style-src 'unsafe-inline': its interface is styled by emotion, which writes <style> elements.
 * - img-src blob: previews of images chosen in the media library; and the forge's avatars.
 * - connect-src blob: the copy of unsaved work kept in the browser reads the entry's images back
 *   from blob: addresses; and the forge's API (GitHub's, or the GitLab instance, which also hands
 *   out the token).
 * Scripts still come from our own origin only (the bundle is copied from node_modules), and frames
 * and objects stay forbidden.
 */
export function adminRelaxations(forge: EditorOrigins | undefined) {
  const api = forge?.apiOrigins ?? [];
  const images = forge?.imageOrigins ?? [];
  const directives: `${'img-src' | 'connect-src'} ${string}`[] = [
    `img-src 'self' data: blob:${images.map((o) => ` ${o}`).join('')}`,
    `connect-src 'self' blob:${api.map((o) => ` ${o}`).join('')}`,
  ];
  return {
    directives,
    scriptSources: ["'unsafe-eval'"],
    styleSources: ["'unsafe-inline'"],
  };
}

/** Adds sources to the directives of a policy, directive by directive, keeping their order. */
function relax(directives: readonly string[], additions: readonly string[]): string[] {
  const merged = new Map(directives.map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  for (const addition of additions) {
    const [name, ...sources] = addition.split(' ');
    const current = merged.get(name!) ?? [];
    merged.set(name!, [...current, ...sources.filter((s) => !current.includes(s))]);
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' '));
}

/** The editor's policy as an HTTP header, for /admin/ only. */
export function adminHeaderPolicy(forge: EditorOrigins | undefined): string {
  const relaxations = adminRelaxations(forge);
  return [
    ...relax(metaDirectives, relaxations.directives),
    `script-src ${[...scriptSources, ...relaxations.scriptSources].join(' ')}`,
    `style-src ${[...styleSources, ...relaxations.styleSources].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The editor's opener policy: GitHub's sign-in runs in a pop-up that hands the token back to the
 * window that opened it, which `same-origin` (the site's policy) would cut off.
 */
export const adminOpenerPolicy = 'same-origin-allow-popups';
