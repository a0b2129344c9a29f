// The printed agenda (one A4 page) and the printed checklist, rebuilt on every change so that the
// browser's own « Imprimer » gives them too. Shown only in print (src/styles/atelier.css).
import type { Checklist } from '../../lib/atelier/checklist.ts';
import { formatClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import type { Schedule } from '../../lib/atelier/schedule.ts';
import type { Session } from '../../lib/atelier/session.ts';
import type { SheetFacts } from '../../lib/atelier/sheet-facts.ts';
import { formatMinutes } from '../../lib/format.ts';
import { phaseLabel } from '../../vocabulary/phases.ts';
import { checklistEntry } from './render-summary.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  node.append(...children);
  return node;
}

function agendaTable(schedule: Schedule, facts: ReadonlyMap<string, SheetFacts>) {
  const head = element(
    'tr',
    {},
    ...[texts.agendaTime, texts.agendaActivity, texts.agendaDuration].map((label) => {
      const th = element('th', { text: label });
      th.scope = 'col';
      return th;
    }),
  );
  const rows = schedule.steps.map(({ step, start, end }) => {
    const sheet = step.kind === 'sheet' ? facts.get(step.id) : undefined;
    const activity = sheet
      ? element(
          'td',
          {},
          element('strong', { text: sheet.titre }),
          element('span', {
            className: 'atelier-agenda__phase',
            text: ` — ${sheet.phases.map(phaseLabel).join(', ')}`,
          }),
        )
      : element('td', { text: texts.breakTitle });
    const row = element(
      'tr',
      { className: sheet ? '' : 'atelier-agenda__break' },
      element('td', {
        className: 'atelier-agenda__time',
        text: fill(texts.timeRange, { start: formatClock(start), end: formatClock(end) }),
      }),
      activity,
      element('td', { className: 'num', text: formatMinutes(step.minutes) }),
    );
    return row;
  });
  return element(
    'table',
    { className: 'atelier-agenda__table' },
    element('thead', {}, head),
    element('tbody', {}, ...rows),
  );
}

export function renderAgenda(
  container: HTMLElement,
  session: Session,
  schedule: Schedule,
  checklist: Checklist,
  facts: ReadonlyMap<string, SheetFacts>,
  link: string,
): void {
  const details = [
    fill(texts.agendaStart, { start: formatClock(schedule.start) }),
    fill(texts.agendaEnd, { end: formatClock(schedule.end) }),
    fill(texts.agendaTotal, { total: formatMinutes(schedule.total) }),
    ...(schedule.available === null
      ? []
      : [fill(texts.agendaAvailable, { available: formatMinutes(schedule.available) })]),
    ...(session.groupSize === null ? [] : [fill(texts.agendaGroup, { n: session.groupSize })]),
  ];
  const agenda = element(
    'section',
    { className: 'atelier-agenda' },
    ...(session.title
      ? [element('p', { className: 'atelier-agenda__kicker', text: texts.agendaTitle })]
      : []),
    element('h2', { text: session.title || texts.agendaTitle }),
    element('p', { className: 'atelier-agenda__facts', text: details.join(' · ') }),
    agendaTable(schedule, facts),
    element('p', { className: 'atelier-agenda__url', text: fill(texts.onlineAt, { url: link }) }),
  );
  const list = (title: string, items: Checklist['materiel']) =>
    items.length
      ? [
          element('h3', { text: title }),
          element('ul', { className: 'atelier-checklist' }, ...items.map(checklistEntry)),
        ]
      : [];
  const checklistPage = element(
    'section',
    { className: 'atelier-print__checklist' },
    element('h2', { text: texts.checklistTitle }),
    ...list(texts.materials, checklist.materiel),
    ...list(texts.preparation, checklist.preparation),
  );
  container.replaceChildren(agenda, checklistPage);
}
