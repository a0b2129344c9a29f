// The printed agenda (one A4 page, a table per session) and the printed checklist, rebuilt on
// every change so that the browser's own « Imprimer » gives them too. Shown only in print
// (src/styles/atelier.css).
import { placeQrCode } from './agenda-qr-code.ts';
import type { Checklist } from '../../lib/atelier/checklist.ts';
import { formatClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import type { Schedule } from '../../lib/atelier/schedule.ts';
import type { Atelier } from '../../lib/atelier/session.ts';
import type { MethodFacts } from '../../lib/atelier/method-facts.ts';
import { formatMinutes } from '../../lib/format.ts';
import { phaseList } from './render-phases.ts';
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

function agendaTable(schedule: Schedule, facts: ReadonlyMap<string, MethodFacts>) {
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
    const method = step.kind === 'method' ? facts.get(step.id) : undefined;
    const activity = method
      ? element(
          'td',
          {},
          element('strong', { text: method.titre }),
          element('span', { className: 'atelier-agenda__phase' }, ' — ', phaseList(method.phases)),
        )
      : element('td', { text: texts.breakTitle });
    const row = element(
      'tr',
      { className: method ? '' : 'atelier-agenda__break' },
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

function sessionDetails(schedule: Schedule): string[] {
  return [
    fill(texts.agendaStart, { start: formatClock(schedule.start) }),
    fill(texts.agendaEnd, { end: formatClock(schedule.end) }),
    fill(texts.agendaTotal, { total: formatMinutes(schedule.total) }),
    ...(schedule.available === null
      ? []
      : [fill(texts.agendaAvailable, { available: formatMinutes(schedule.available) })]),
  ];
}

export function renderAgenda(
  container: HTMLElement,
  atelier: Atelier,
  schedules: readonly Schedule[],
  checklist: Checklist,
  facts: ReadonlyMap<string, MethodFacts>,
  link: string,
): void {
  const group =
    atelier.groupSize === null ? [] : [fill(texts.agendaGroup, { n: atelier.groupSize })];
  const several = schedules.length > 1;
  const sessions = schedules.flatMap((schedule, index) => {
    const label = atelier.sessions[index]?.title;
    const name = fill(texts.agendaSession, { n: index + 1 });
    const details = element('p', {
      className: 'atelier-agenda__facts',
      text: [...sessionDetails(schedule), ...(several ? [] : group)].join(' · '),
    });
    return several
      ? [
          element('h3', { text: label ? `${name} · ${label}` : name }),
          details,
          agendaTable(schedule, facts),
        ]
      : [details, agendaTable(schedule, facts)];
  });
  const address = element('p', {
    className: 'atelier-agenda__url',
    text: fill(texts.onlineAt, { url: link }),
  });
  placeQrCode(address, link);
  const agenda = element(
    'section',
    { className: 'atelier-agenda' },
    ...(atelier.title
      ? [element('p', { className: 'atelier-agenda__kicker', text: texts.agendaTitle })]
      : []),
    element('h2', { text: atelier.title || texts.agendaTitle }),
    ...(several
      ? [
          element('p', {
            className: 'atelier-agenda__facts',
            text: [
              fill(texts.sessionsSummary, {
                n: schedules.length,
                total: formatMinutes(schedules.reduce((sum, s) => sum + s.total, 0)),
              }),
              ...group,
            ].join(' · '),
          }),
        ]
      : []),
    ...sessions,
    address,
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
