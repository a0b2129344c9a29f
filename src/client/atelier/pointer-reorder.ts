// Reordering with a pointer (mouse, finger, pen): drag a row by its grip. An addition only: the
// « Monter » and « Descendre » buttons do the same with the keyboard or a tap.

/** Where a row dropped at `y` goes, among the other rows (0 = first). */
function dropIndex(others: readonly Element[], y: number): number {
  return others.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.top + box.height / 2 < y;
  }).length;
}

export function enablePointerReorder(
  list: HTMLElement,
  onDrop: (key: number, to: number) => void,
): void {
  list.addEventListener('pointerdown', (event) => {
    const grip = (event.target as Element).closest<HTMLElement>('[data-grip]');
    const row = grip?.closest<HTMLElement>('[data-key]');
    if (!grip || !row || event.button !== 0) return;
    event.preventDefault();
    grip.setPointerCapture(event.pointerId);
    // Every row of every session's list: a row may be dropped into another session.
    const rows = [...list.querySelectorAll('li[data-key]')];
    const others = rows.filter((child) => child !== row);
    let to = rows.indexOf(row);
    row.classList.add('atelier-step--dragged');
    const mark = () => {
      for (const other of others)
        other.classList.remove('atelier-step--drop-before', 'atelier-step--drop-after');
      if (to < others.length) others[to]?.classList.add('atelier-step--drop-before');
      else others.at(-1)?.classList.add('atelier-step--drop-after');
    };
    const move = (e: PointerEvent) => {
      to = dropIndex(others, e.clientY);
      mark();
    };
    const end = (e: PointerEvent) => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', end);
      grip.removeEventListener('pointercancel', end);
      row.classList.remove('atelier-step--dragged');
      for (const other of others)
        other.classList.remove('atelier-step--drop-before', 'atelier-step--drop-after');
      if (e.type === 'pointerup') onDrop(Number(row.dataset['key']), to);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', end);
    grip.addEventListener('pointercancel', end);
  });
}
