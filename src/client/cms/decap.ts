/** What Decap passes a preview template: the entry (an Immutable map) and the body's rendering. */
export interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> } };
  widgetFor(name: string): unknown;
}

/** The part of Decap CMS's global `CMS` object the editor uses. */
export interface DecapCms {
  registerPreviewTemplate(collection: string, template: (props: PreviewProps) => unknown): void;
  init(options: { config: Record<string, unknown> }): void;
  registerPreviewStyle(href: string): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: {
      fromFile(content: string): Record<string, unknown>;
      toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
    },
  ): void;
  registerEventListener(listener: {
    name: string;
    handler: (event: { entry: { get(key: string): unknown } }) => unknown;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    /** React's createElement, which Decap's bundle exposes for preview templates. */
    h?: (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  }
}
