/** A line of the build's output, with the milliseconds since the build started when it arrived. */
export interface TimedLine {
  ms: number;
  text: string;
}

/** Where the build's time went, in milliseconds (null: its log line was not seen). */
export interface BuildPhases {
  /** Astro's start and the content check of src/build/integrations/content-guard.ts (npm run check's). */
  startupMs: number | null;
  /** From the content check to the content layer's start. */
  prepareMs: number | null;
  /** Astro's content layer: reading, validating and rendering the Markdown of every entry. */
  contentSyncMs: number | null;
  /** Within the content sync: Markdown rendering on worker threads, first request to last answer. */
  markdownMs: number | null;
  markdownFiles: number | null;
  markdownThreads: number | null;
  /** Type generation and Vite's bundling of the pages' code. */
  bundleMs: number | null;
  /** Rendering every page to HTML. */
  renderMs: number | null;
  /** Between rendering and Pagefind: sitemap, Astro's exit, the second step's start. */
  afterRenderMs: number | null;
  /** Pagefind's index, as scripts/finish-build.ts times it. */
  pagefindMs: number | null;
  /** The link check after it, as scripts/finish-build.ts times it. */
  linkCheckMs: number | null;
  /** From the link check's end to the process's exit. */
  finishMs: number | null;
  /** Pages Astro says it built. */
  pages: number | null;
  /** Pages Pagefind indexed. */
  indexedPages: number | null;
}

const markers = {
  contentChecked: /\[tilab:content-guard\] contenu valide/,
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  renderStart: /generating static routes/,
  renderEnd: /✓ Completed in/,
  pagefind: /index de recherche : (\d+) pages en (\d+) ms/,
  linkCheck: /\[tilab:link-check\] .*\((\d+) ms\)/,
  built: /\[build\] (\d+) page\(s\) built in/,
  markdown: /\[tilab:markdown\] (\d+) fichiers Markdown rendus en (\d+) ms sur (\d+) fils/,
};

/** Splits a build's wall time with the arrival times of Astro's log lines and of our Pagefind integration's. */
export function buildPhases(lines: TimedLine[], totalMs: number): BuildPhases {
  const at = (pattern: RegExp, after = -1) =>
    lines.find((line) => line.ms >= after && pattern.test(line.text));
  const contentChecked = at(markers.contentChecked);
  const syncStart = at(markers.syncStart);
  const syncEnd = at(markers.syncEnd);
  const renderStart = at(markers.renderStart);
  const renderEnd = renderStart ? at(markers.renderEnd, renderStart.ms) : undefined;
  const pagefindLine = at(markers.pagefind);
  const pagefind = pagefindLine ? markers.pagefind.exec(pagefindLine.text) : null;
  const pagefindMs = pagefind ? Number(pagefind[2]) : null;
  const pagefindStart =
    pagefindLine && pagefindMs !== null ? pagefindLine.ms - pagefindMs : undefined;
  const linkCheckLine = at(markers.linkCheck);
  const linkCheck = linkCheckLine ? markers.linkCheck.exec(linkCheckLine.text) : null;
  const built = lines.map((line) => markers.built.exec(line.text)).find(Boolean);
  const markdown = lines.map((line) => markers.markdown.exec(line.text)).find(Boolean);
  const span = (from?: number, to?: number) =>
    from === undefined || to === undefined ? null : Math.max(0, Math.round(to - from));
  return {
    startupMs: span(0, contentChecked?.ms),
    prepareMs: span(contentChecked?.ms, syncStart?.ms),
    contentSyncMs: span(syncStart?.ms, syncEnd?.ms),
    markdownMs: markdown ? Number(markdown[2]) : null,
    markdownFiles: markdown ? Number(markdown[1]) : null,
    markdownThreads: markdown ? Number(markdown[3]) : null,
    bundleMs: span(syncEnd?.ms, renderStart?.ms),
    renderMs: span(renderStart?.ms, renderEnd?.ms),
    afterRenderMs: span(renderEnd?.ms, pagefindStart),
    pagefindMs,
    linkCheckMs: linkCheck ? Number(linkCheck[1]) : null,
    finishMs: span(linkCheckLine?.ms, totalMs),
    pages: built ? Number(built[1]) : null,
    indexedPages: pagefind ? Number(pagefind[1]) : null,
  };
}
