// What a built script imports, read from its text: the check the site's preloads (taken from the
// bundler's chunk graph, src/build/module-preload.ts) are held against, and what the bench's page
// weight follows. A browser reads these files the same way.

/** Modules a script imports statically (loaded with it); a dynamic import() runs later, on use. */
export function staticImports(code: string, fromPath: string): string[] {
  return [
    ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*[\w$*{}\s,]*?from\s*["']([^"']+)["']/g),
  ].map((m) => new URL(m[1]!, `http://site${fromPath}`).pathname);
}
