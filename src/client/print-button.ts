// Shows the « Imprimer » buttons (hidden without JavaScript) and prints on click. On a sheet,
// data-print="fiche" prints the workshop card and data-print="complete" the whole sheet: each
// sets its class on the .sheet-card elements (their print rules are in src/styles/print.css).
const modeClasses = { fiche: 'sheet-card--card', complete: 'sheet-card--complete' } as const;
type Mode = keyof typeof modeClasses;
const isMode = (value: string | undefined): value is Mode =>
  value !== undefined && Object.hasOwn(modeClasses, value);

function setMode(mode: Mode | undefined) {
  for (const card of document.querySelectorAll('.sheet-card')) {
    card.classList.remove(...Object.values(modeClasses));
    if (mode) card.classList.add(modeClasses[mode]);
  }
}

/** The page's lazy images (a sheet's QR code, fetched for paper only), loaded: a print does not wait. */
function lazyImagesLoaded(): Promise<unknown> {
  const images = document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]');
  return Promise.all(
    [...images].map((image) => {
      image.loading = 'eager';
      return image.decode().catch(() => undefined);
    }),
  );
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    await lazyImagesLoaded();
    const mode = button.dataset.print;
    if (isMode(mode)) {
      setMode(mode);
      window.addEventListener('afterprint', () => setMode(undefined), { once: true });
    }
    window.print();
  });
}
