// The site's Content-Security-Policy, defined once: Astro writes it in each page's <meta>,
// deploy/nginx.conf and public/_headers send it as a header (a test keeps them equal).

/** Directives valid in both a <meta> element and a header. */
export const metaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'none'",
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
