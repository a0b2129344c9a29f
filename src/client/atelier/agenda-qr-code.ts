// The printed agenda leads back to its atelier: the atelier's shared address as a QR code beside
// the same address in text, as printed cards and canvases carry theirs. The address is known only
// in the browser, so the code is drawn here, with the encoder the build uses (src/lib/qr-code.ts),
// loaded once an agenda is drawn and never on other pages.
const svgNs = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/** Puts the QR code of `url` at the start of `paragraph` (which writes the same address). */
export async function placeQrCode(paragraph: HTMLElement, url: string): Promise<void> {
  const { qrDrawing } = await import('../../lib/qr-code.ts');
  if (!paragraph.isConnected) return;
  const { size, path } = qrDrawing(url, { quick: true });
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
