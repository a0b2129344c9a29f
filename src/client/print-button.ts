// Shows the « Imprimer » buttons (hidden without JavaScript) and prints on click.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
