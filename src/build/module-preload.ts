import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A page's script imports chunks that Vite shares between pages (the facet registry, formats…),
// which import others in turn; the browser discovers each level only once the previous one has
// arrived, one network round trip per level. Astro writes no preloads for them, so the build
// announces every chunk a page's scripts import statically, and the browser fetches them together.

/** Modules a script imports statically (loaded with it); a dynamic import() runs later, on use. */
export function staticImports(code: string, fromPath: string): string[] {
  return [
    ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*[\w$*{}\s,]*?from\s*["']([^"']+)["']/g),
  ].map((m) => new URL(m[1]!, `http://site${fromPath}`).pathname);
}

const moduleScript = /<script type="module" src="([^"]+)"[^>]*><\/script>/g;
const preloadOf = (path: string) => `<link rel="modulepreload" href="${path}">`;

/**
 * The page with a modulepreload for every module its scripts import, however deep, that it does not
 * already load or preload, written before its first script; `read` gives a script's code by path.
 */
export function withModulePreloads(html: string, read: (path: string) => string | null): string {
  const entries = [...html.matchAll(moduleScript)].map((m) => m[1]!);
  const known = new Set(entries);
  const preloads: string[] = [];
  const queue = [...entries];
  for (const path of queue)
    for (const imported of staticImports(read(path) ?? '', path)) {
      if (known.has(imported)) continue;
      known.add(imported);
      queue.push(imported);
      if (!html.includes(preloadOf(imported))) preloads.push(preloadOf(imported));
    }
  if (!preloads.length) return html;
  const first = html.indexOf(`<script type="module" src="${entries[0]}"`);
  return `${html.slice(0, first)}${preloads.join('')}${html.slice(first)}`;
}

/** Writes the preloads into every built page of `site`. */
export function preloadModules(site: string): void {
  const code = new Map<string, string | null>();
  const read = (path: string) => {
    if (!code.has(path)) {
      const file = join(site, path);
      code.set(path, path.startsWith('/') && existsSync(file) ? readFileSync(file, 'utf8') : null);
    }
    return code.get(path)!;
  };
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const preloaded = withModulePreloads(html, read);
    if (preloaded !== html) writeFileSync(file, preloaded);
  }
}
