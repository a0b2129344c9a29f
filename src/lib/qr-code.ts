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
  /** The dark modules, as an SVG path in module units (runs of a row drawn as one rectangle). */
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
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const from = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${from + quietZone} ${y + quietZone}h${x - from}v1h-${x - from}z`);
    }
  });
  return { size: data.length + 2 * quietZone, path: parts.join('') };
}
