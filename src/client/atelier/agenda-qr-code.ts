// The printed agenda leads back to its atelier: the atelier's shared address as a QR code beside
// the same address in text, as printed cards and canvases carry theirs. The address is known only
// in the browser, so the code is drawn here, with the encoder the build uses (src/lib/qr-code.ts),
// loaded when the browser is idle once an agenda is shown (never on other pages), and drawn only
// when the page is printed: the agenda is rebuilt at every change, and seen only on paper.
const svgNs = 'http://www.w3.org/2000/svg';

type Encoder = typeof import('../../lib/qr-code.ts');
let encoder: Encoder | null = null;
let loading: Promise<unknown> | null = null;

/** Loads the encoder, so that a print can draw the codes at once. */
export function loadQrEncoder(): Promise<unknown> {
  loading ??= import('../../lib/qr-code.ts').then((module) => (encoder = module));
  return loading;
}

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/** Marks `paragraph` (which writes the address `url`) to carry its QR code on paper. */
export function placeQrCode(paragraph: HTMLElement, url: string): void {
  paragraph.dataset['qrUrl'] = url;
}

/** Draws the codes of the marked paragraphs under `root` that have none yet (before a print). */
export function drawQrCodes(root: ParentNode): void {
  if (!encoder) return;
  for (const paragraph of root.querySelectorAll<HTMLElement>('[data-qr-url]')) {
    if (paragraph.querySelector('.qr-code')) continue;
    const url = paragraph.dataset['qrUrl']!;
    const { size, path } = encoder.qrDrawing(url, { quick: true });
    const code = svgElement('svg', {
      class: 'qr-code',
      viewBox: `0 0 ${size} ${size}`,
      'aria-hidden': 'true',
      focusable: 'false',
      'data-url': url,
      'shape-rendering': 'crispEdges',
    });
    code.append(
      svgElement('rect', { width: String(size), height: String(size), fill: '#fff' }),
      svgElement('path', { d: path, fill: '#000' }),
    );
    paragraph.prepend(code);
  }
}
