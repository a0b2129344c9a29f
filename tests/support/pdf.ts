// Reads what the print tests need from a PDF made by Chromium (Skia): each page's size, in order,
// and the outline (bookmarks, one per heading with `outline: true`) with the page each points to.
// Skia writes plain objects (no object streams), which keeps this small.

export interface PdfPage {
  /** Points (1/72 inch). */
  width: number;
  height: number;
}

export interface PdfBookmark {
  title: string;
  /** Index of the page it points to, from 0. */
  page: number;
  depth: number;
}

function objects(pdf: Buffer): Map<number, string> {
  const text = pdf.toString('latin1');
  const found = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    found.set(Number(match[1]), match[2]!);
  return found;
}

const reference = (body: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body);
  return match ? Number(match[1]) : null;
};

/** A PDF string, literal « (…) » or hexadecimal « <FEFF…> » (UTF-16BE). */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|\d{1,3})/g, (_m, escaped: string) =>
      /\d/.test(escaped)
        ? String.fromCharCode(parseInt(escaped, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ??
          escaped),
    );
}

/** Page object numbers in reading order, through nested /Pages nodes. */
function pageOrder(all: Map<number, string>): number[] {
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog/.test(body))!;
  const walk = (id: number): number[] => {
    const body = all.get(id) ?? '';
    if (!/\/Type\s*\/Pages\b/.test(body)) return [id];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((m) => walk(Number(m[1])));
  };
  return walk(reference(catalog, 'Pages')!);
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const all = objects(pdf);
  return pageOrder(all).map((id) => {
    const box = /\/MediaBox\s*\[([^\]]+)\]/
      .exec(all.get(id) ?? '')![1]!
      .trim()
      .split(/\s+/)
      .map(Number);
    return { width: box[2]! - box[0]!, height: box[3]! - box[1]! };
  });
}

export function pdfOutline(pdf: Buffer): PdfBookmark[] {
  const all = objects(pdf);
  const pages = pageOrder(all);
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog/.test(body))!;
  const root = reference(catalog, 'Outlines');
  const marks: PdfBookmark[] = [];
  const visit = (first: number | null, depth: number) => {
    for (let id = first; id !== null;) {
      const body = all.get(id) ?? '';
      const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(body)?.[1] ?? '()';
      const target = /\/Dest\s*\[\s*(\d+) 0 R/.exec(body)?.[1];
      marks.push({ title: pdfString(title), page: pages.indexOf(Number(target)), depth });
      visit(reference(body, 'First'), depth + 1);
      id = reference(body, 'Next');
    }
  };
  if (root !== null) visit(reference(all.get(root) ?? '', 'First'), 0);
  return marks;
}

/** A4 and A3 in points, either way round, give or take a point (Chromium rounds to 1/96 inch). */
export function paperSize(page: PdfPage): string {
  const sizes = { A4: [595.28, 841.89], A3: [841.89, 1190.55] } as const;
  for (const [name, [short, long]] of Object.entries(sizes)) {
    const near = (a: number, b: number) => Math.abs(a - b) < 2;
    if (near(page.width, short) && near(page.height, long)) return `${name} portrait`;
    if (near(page.width, long) && near(page.height, short)) return `${name} paysage`;
  }
  return `${Math.round(page.width)} × ${Math.round(page.height)} pt`;
}
