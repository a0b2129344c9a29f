import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';

/** What the parallel processor sends a render worker: one Markdown body to render. */
export interface RenderRequest {
  kind: 'render';
  id: number;
  content: string;
  /** The file's URL as a string: URL objects cannot cross threads. */
  fileURL: string | undefined;
  frontmatter: Record<string, unknown> | undefined;
}

/** Astro's Markdown options, sent once before the first request (a worker may start before they are known). */
export interface OptionsMessage {
  kind: 'options';
  shared: AstroMarkdownOptions;
}

export type ToRenderWorker = OptionsMessage | RenderRequest;

/** What a render worker answers: the rendered HTML and metadata, or the error's text. */
export type RenderReply =
  | { id: number; result: MarkdownRenderResult; error?: undefined }
  | { id: number; error: string; result?: undefined };
