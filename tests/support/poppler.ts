import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Reads PDFs printed by Chromium with poppler-utils (pdfinfo, pdftotext), installed by .ci/run.

const pointsPerMillimetre = 72 / 25.4;

/** Runs a poppler tool on the PDF bytes, written to a temporary file. */
function withPdfFile<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'tilab-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Number of pages and the size of each, in millimetres (rounded). */
export function pdfPages(pdf: Uint8Array): { width: number; height: number }[] {
  return withPdfFile(pdf, (file) => {
    const count = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), file], {
      encoding: 'utf8',
    });
    return [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      width: Math.round(Number(m[1]) / pointsPerMillimetre),
      height: Math.round(Number(m[2]) / pointsPerMillimetre),
    }));
  });
}

/** The text of a PDF, as a reader copying it would get it. */
export function pdfText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}
