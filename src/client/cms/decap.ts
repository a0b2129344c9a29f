/** The part of Decap CMS's global `CMS` object the editor uses. */
export interface DecapCms {
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
  }
}
