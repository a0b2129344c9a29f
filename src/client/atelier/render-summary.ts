// Under the timetable: the total against the time available; then the merged checklist.
import type { Checklist, ChecklistItem } from '../../lib/atelier/checklist.ts';
import { formatClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import type { Schedule } from '../../lib/atelier/schedule.ts';
import { andList, formatMinutes } from '../../lib/format.ts';

export function totalText(schedule: Schedule): string {
  const values = { total: formatMinutes(schedule.total), end: formatClock(schedule.end) };
  if (schedule.available === null) return fill(texts.total, values);
  const sentence = fill(texts.totalAvailable, {
    ...values,
    available: formatMinutes(schedule.available),
  });
  return schedule.margin
    ? `${sentence} ${fill(texts.margin, { margin: formatMinutes(schedule.margin) })}`
    : sentence;
}

/** One checklist entry: its words, and the sheets that need it. */
export function checklistEntry(item: ChecklistItem): HTMLLIElement {
  const li = document.createElement('li');
  const methods = document.createElement('span');
  methods.className = 'atelier-checklist__sheets';
  methods.textContent = ` — ${fill(texts.neededBy, { methods: andList(item.methods) })}`;
  li.append(item.text, methods);
  return li;
}

export function renderChecklist(
  lists: { materiel: HTMLElement; preparation: HTMLElement },
  checklist: Checklist,
): void {
  lists.materiel.replaceChildren(...checklist.materiel.map(checklistEntry));
  lists.preparation.replaceChildren(...checklist.preparation.map(checklistEntry));
}
