// Where a build's time goes, written by the build itself to a JSON file that `npm run bench`
// reads: the bench never parses the build's log, whose French lines editors read and we reword.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The phases of `npm run build`, in milliseconds; absent when the build did not reach it. */
export interface BuildTimings {
  /** Node's and Astro's start, up to the first integration hook. */
  startupMs?: number | undefined;
  /** The content check of npm run check (content-guard), within Astro's configuration. */
  contentCheckMs?: number | undefined;
  /** From Astro's configuration to its build start: the content sync (YAML, schemas, Markdown). */
  contentSyncMs?: number | undefined;
  /** Vite's bundling of the pages' code. */
  bundleMs?: number | undefined;
  /** Rendering every page to HTML. */
  renderMs?: number | undefined;
  /** From the pages' rendering to Astro's end (sitemap, redirects). */
  astroEndMs?: number | undefined;
  /** Pages Astro built. */
  pages?: number | undefined;
  /** Markdown rendering on worker threads, when they ran: first request to last answer. */
  markdown?: { ms: number; files: number; threads: number } | undefined;
  /** The search index (scripts/finish-build.ts) and the pages it indexed. */
  pagefindMs?: number | undefined;
  indexedPages?: number | undefined;
  /** The link check. */
  linkCheckMs?: number | undefined;
}

/** The file a build writes its timings to: TILAB_TIMINGS_FILE, or beside Astro's cache. */
export function timingsFile(env = process.env): string {
  return resolve(
    env.TILAB_TIMINGS_FILE ?? `${env.TILAB_CACHE_DIR ?? 'node_modules/.astro'}/build-timings.json`,
  );
}

export function readTimings(file = timingsFile()): BuildTimings {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildTimings) : {};
}

/** Adds to the timings of the build under way (`fresh`: its first step starts the file anew). */
export function recordTimings(timings: BuildTimings, fresh = false, file = timingsFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  const current = fresh ? {} : readTimings(file);
  writeFileSync(file, `${JSON.stringify({ ...current, ...timings }, null, 2)}\n`);
}
