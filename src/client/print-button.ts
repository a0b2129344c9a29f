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

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const mode = button.dataset.print;
    if (isMode(mode)) {
      setMode(mode);
      window.addEventListener('afterprint', () => setMode(undefined), { once: true });
    }
    window.print();
  });
}
