// Reordering with a pointer (mouse, finger, pen): drag a row by its grip, within its session or
// into another one, empty sessions included. An addition only: the « Monter » and « Descendre »
// buttons do the same with the keyboard or a tap.
import type { StepPosition } from '../../lib/atelier/session.ts';

const marks = [
  'atelier-step--drop-before',
  'atelier-step--drop-after',
  'atelier-session--drop-into',
];

/** The session block under `y`: the last one whose top is above it (the first one above them all). */
function sessionAt(blocks: readonly HTMLElement[], y: number): number {
  const index = blocks.findLastIndex((block) => block.getBoundingClientRect().top <= y);
  return Math.max(index, 0);
}

/** Where a row dropped at `y` goes among the other rows of its session (0 = first). */
function rowIndex(rows: readonly Element[], y: number): number {
  return rows.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.top + box.height / 2 < y;
  }).length;
}

/**
 * `sessions` holds one block per session ([data-session-index]), each with its rows
 * (li[data-key]); `onDrop` gets the dragged row's key and its place, counted once the row is
 * taken out of its session.
 */
export function enablePointerReorder(
  sessions: HTMLElement,
  onDrop: (key: number, to: StepPosition) => void,
): void {
  sessions.addEventListener('pointerdown', (event) => {
    const grip = (event.target as Element).closest<HTMLElement>('[data-grip]');
    const row = grip?.closest<HTMLElement>('[data-key]');
    if (!grip || !row || event.button !== 0) return;
    event.preventDefault();
    grip.setPointerCapture(event.pointerId);
    const blocks = [...sessions.querySelectorAll<HTMLElement>(':scope > [data-session-index]')];
    const rowsOf = (block: HTMLElement) =>
      [...block.querySelectorAll('li[data-key]')].filter((other) => other !== row);
    const clear = () => {
      for (const marked of sessions.querySelectorAll(marks.map((m) => `.${m}`).join(',')))
        marked.classList.remove(...marks);
    };
    let to: StepPosition | null = null;
    row.classList.add('atelier-step--dragged');
    const move = (e: PointerEvent) => {
      const session = sessionAt(blocks, e.clientY);
      const rows = rowsOf(blocks[session]!);
      to = {
        session: Number(blocks[session]!.dataset['sessionIndex']),
        step: rowIndex(rows, e.clientY),
      };
      clear();
      if (!rows.length) blocks[session]!.classList.add('atelier-session--drop-into');
      else if (to.step < rows.length) rows[to.step]!.classList.add('atelier-step--drop-before');
      else rows.at(-1)!.classList.add('atelier-step--drop-after');
    };
    const end = (e: PointerEvent) => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', end);
      grip.removeEventListener('pointercancel', end);
      row.classList.remove('atelier-step--dragged');
      clear();
      if (e.type === 'pointerup' && to) onDrop(Number(row.dataset['key']), to);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', end);
    grip.addEventListener('pointercancel', end);
  });
}
