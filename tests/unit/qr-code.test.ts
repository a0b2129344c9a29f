import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrDrawing } from '../../src/lib/qr-code.ts';

/** The dark modules a path of rectangles covers (M/m moves, then h w v1 h-w z). */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let pen = [0, 0];
  for (const [, move, dx, dy, width] of path.matchAll(/([Mm])(-?\d+) (-?\d+)h(\d+)v1h-\d+z/g)) {
    pen = move === 'M' ? [Number(dx), Number(dy)] : [pen[0]! + Number(dx), pen[1]! + Number(dy)];
    for (let x = 0; x < Number(width); x++) grid[pen[1]!]![pen[0]! + x] = true;
  }
  return grid;
}

describe('the QR code drawing', () => {
  it('covers exactly the encoder’s dark modules, inside a quiet zone of 4', () => {
    const text = 'https://tilab.bzh/methodes/personas/';
    const { size, path } = qrDrawing(text);
    const { data } = encode(text, { ecc: 'M', border: 0 });
    const expected = Array.from({ length: size }, (_, y) =>
      Array.from({ length: size }, (_, x) => data[y - 4]?.[x - 4] === true),
    );
    expect(modulesOf(path, size)).toEqual(expected);
  });
});
