// A QR code as one SVG path, drawn at build time so that paper leads back to its page: printed
// sheet cards and canvases carry their public address as a code beside the same address in text.
// The encoding (error correction, masks, versions) is uqr's, a small dependency-free encoder: a
// QR encoder is exacting work that a well-kept library does better than code we would write.
import { encode } from 'uqr';

/** Light modules around the code, which readers need to find it (the standard asks for 4). */
const quietZone = 4;

export interface QrDrawing {
  /** Width and height of the drawing, in modules, quiet zone included. */
  size: number;
  /**
   * The dark modules, as an SVG path in module units: each run of a row one rectangle, placed by a
   * move relative to the previous one's corner (short numbers: printed on every sheet, the code
   * weighs on its page).
   */
  path: string;
}

/**
 * `text`'s code. Among the standard's eight masks, the encoder picks the one that reads best by
 * drawing them all; a code drawn in a browser as the reader types (the planner's agenda) takes
 * the first, which any reader decodes, for an eighth of the work.
 */
export function qrDrawing(text: string, { quick = false }: { quick?: boolean } = {}): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0, maskPattern: quick ? 0 : -1 });
  const parts: string[] = [];
  // A closed rectangle leaves the pen at its starting corner, where the next move starts from.
  let pen: [number, number] | undefined;
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const from = x;
      while (x < row.length && row[x]) x++;
      const corner: [number, number] = [from + quietZone, y + quietZone];
      const move = pen
        ? `m${corner[0] - pen[0]} ${corner[1] - pen[1]}`
        : `M${corner[0]} ${corner[1]}`;
      parts.push(`${move}h${x - from}v1h-${x - from}z`);
      pen = corner;
    }
  });
  return { size: data.length + 2 * quietZone, path: parts.join('') };
}

/**
 * The code as an SVG file of its own: a sheet's card loads it as a lazy image, which browsers fetch
 * only to print it (src/pages/methodes/[id]/code-qr.svg.ts), instead of carrying it in every page.
 */
export function qrCodeFile(text: string): string {
  const { size, path } = qrDrawing(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>\n`;
}
