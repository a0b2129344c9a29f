/** Paper formats a printed canvas may use, with their size in millimetres (portrait). */
export const paperFormats = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
} as const;
export type PaperFormat = keyof typeof paperFormats;
export const paperFormatIds = Object.keys(paperFormats) as [PaperFormat, ...PaperFormat[]];

/** Orientations, as editors write them. */
export const orientations = {
  portrait: 'portrait',
  paysage: 'paysage',
} as const;
export type Orientation = keyof typeof orientations;
export const orientationIds = Object.keys(orientations) as [Orientation, ...Orientation[]];

/** Width and height of a printed page, in millimetres. */
export function pageSize(format: PaperFormat, orientation: Orientation) {
  const { width, height } = paperFormats[format];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** A paper a canvas prints on: its format and orientation. */
export interface CanvasPaper {
  format: PaperFormat;
  orientation: Orientation;
}

/** The paper's name as a reader reads it: « A3 paysage ». */
export function paperName({ format, orientation }: CanvasPaper): string {
  return `${format} ${orientation}`;
}

/** The paper's part of an address: « a4-paysage » (src/lib/urls.ts, methodSupport). */
export function paperSlug({ format, orientation }: CanvasPaper): string {
  return `${format.toLowerCase()}-${orientation}`;
}
