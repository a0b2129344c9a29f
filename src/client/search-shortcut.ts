// « / » (or Ctrl+K) puts the focus in the header search box; Escape leaves it.
const box = document.querySelector<HTMLInputElement>('#site-search-q');
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

if (box) {
  document.addEventListener('keydown', (event) => {
    const slash =
      event.key === '/' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !typing(event.target);
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || ctrlK) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    box.value = '';
    box.blur();
  });
}
