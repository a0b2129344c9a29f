import type { MarkdownRenderResult } from '@astrojs/markdown-remark';

/** What the parallel processor sends a render worker: one Markdown body to render. */
export interface RenderRequest {
  id: number;
  content: string;
  /** The file's URL as a string: URL objects cannot cross threads. */
  fileURL: string | undefined;
  frontmatter: Record<string, unknown> | undefined;
}

/** What a render worker answers: the rendered HTML and metadata, or the error's text. */
export type RenderReply = { id: number; result: MarkdownRenderResult; error?: undefined } | { id: number; error: string; result?: undefined };
