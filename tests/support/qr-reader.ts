import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolPath } from './tools.ts';

/**
 * The QR codes found on each page of a PDF, as a phone would read the paper: every page
 * rasterised by poppler’s pdftoppm at an office printer’s resolution (300 dpi, where a canvas’s small
 * code still reads), then read by zbar (zbarimg), neither of them ours.
 */
export function pdfQrCodes(pdf: Uint8Array, dpi = 300): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'tilab-qr-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort();
    return pages.map((page) => {
      try {
        const out = execFileSync(toolPath('zbarimg'), ['--quiet', '--raw', join(dir, page)], {
          encoding: 'utf8',
          // zbar complains on stderr that there is no D-Bus on a test machine: not our concern.
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return out.split('\n').filter(Boolean);
      } catch {
        // zbarimg exits 4 when it finds no code on the page.
        return [];
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
