// The session's steps as the editable timetable: one row per step, kept across updates (by key)
// so that focus and the value being typed survive a change elsewhere.
import { formatClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import { limits, type Step } from '../../lib/atelier/session.ts';
import type { MethodFacts } from '../../lib/atelier/method-facts.ts';
import { formatRange } from '../../lib/format.ts';
import { phaseList } from './render-phases.ts';

export type KeyedStep = Step & { key: number };

export interface StepView {
  step: KeyedStep;
  method: MethodFacts | undefined;
  start: number;
  end: number;
  warnings: string[];
  first: boolean;
  last: boolean;
  /** Not the first step of its session: a new session may start here. */
  canSplit: boolean;
  /** The step's heading level: 4 under a session's heading, 3 when the atelier is one session. */
  level: 3 | 4;
}

export type StepControl = 'up' | 'down' | 'remove' | 'duration' | 'split';

const selectors: Record<StepControl, string> = {
  up: '[data-move="-1"]',
  down: '[data-move="1"]',
  remove: '[data-remove]',
  duration: '[data-duration]',
  split: '[data-split]',
};

/** The row's control to give focus to after a change. */
export function stepControl(list: HTMLElement, key: number, control: StepControl) {
  return list.querySelector<HTMLElement>(`[data-key="${key}"] ${selectors[control]}`);
}

/** How a step is named in its buttons, for someone who does not see the row. */
export function stepName(view: Pick<StepView, 'step' | 'method' | 'start'>): string {
  return view.method
    ? `«\u202F${view.method.titre}\u202F»`
    : fill(texts.breakNamed, { start: formatClock(view.start) });
}

function createRow(template: HTMLTemplateElement, key: number): HTMLLIElement {
  const row = (template.content.firstElementChild as HTMLLIElement).cloneNode(
    true,
  ) as HTMLLIElement;
  row.dataset['key'] = String(key);
  const title = row.querySelector<HTMLElement>('[data-title]')!;
  title.id = `atelier-etape-${key}`;
  row.querySelector('[role="group"]')?.setAttribute('aria-labelledby', title.id);
  const input = row.querySelector<HTMLInputElement>('[data-duration]')!;
  const help = row.querySelector<HTMLElement>('[data-duration-help]')!;
  input.id = `atelier-duree-${key}`;
  help.id = `atelier-duree-aide-${key}`;
  input.setAttribute('aria-describedby', help.id);
  row.querySelector('label')!.htmlFor = input.id;
  return row;
}

function setText(element: Element, text: string) {
  if (element.textContent !== text) element.textContent = text;
}

function updateRow(row: HTMLLIElement, view: StepView) {
  const { step, method } = view;
  row.classList.toggle('atelier-step--break', step.kind === 'break');
  setText(
    row.querySelector('[data-time]')!,
    fill(texts.timeRange, { start: formatClock(view.start), end: formatClock(view.end) }),
  );
  const title = row.querySelector<HTMLElement>('[data-title]')!;
  title.setAttribute('aria-level', String(view.level));
  const link = title.querySelector('a');
  if (method) {
    const anchor = link ?? title.appendChild(document.createElement('a'));
    anchor.href = method.url;
    setText(anchor, method.titre);
  } else setText(title, texts.breakTitle);
  const facts = row.querySelector<HTMLElement>('[data-facts]')!;
  facts.hidden = !method;
  const factsKey = method
    ? `${method.phases.join(',')}|${method.participants.min}-${method.participants.max}`
    : '';
  if (method && facts.dataset['shown'] !== factsKey) {
    facts.dataset['shown'] = factsKey;
    const people = fill(texts.people, {
      range: formatRange(method.participants.min, method.participants.max, 'personnes'),
    });
    facts.replaceChildren(phaseList(method.phases), ` · ${people}`);
  }
  const range = method ? method.duree : limits.breakMinutes;
  const input = row.querySelector<HTMLInputElement>('[data-duration]')!;
  input.min = String(range.min);
  input.max = String(range.max);
  // The value being typed is left alone: it is applied once within the range, and set on change.
  if (document.activeElement !== input) input.value = String(step.minutes);
  const rangeText = formatRange(range.min, range.max, 'min');
  setText(
    row.querySelector('[data-duration-help]')!,
    method ? fill(texts.durationRange, { range: rangeText }) : rangeText,
  );
  const name = ` ${stepName(view)}`;
  for (const span of row.querySelectorAll('[data-name]')) setText(span, name);
  row.querySelector(selectors.up)!.setAttribute('aria-disabled', String(view.first));
  row.querySelector(selectors.down)!.setAttribute('aria-disabled', String(view.last));
  row.querySelector<HTMLElement>(selectors.split)!.hidden = !view.canSplit;
  const warnings = row.querySelector<HTMLElement>('[data-warnings]')!;
  renderWarnings(warnings, view.warnings);
}

/** A list of warnings, each « Attention : … ». */
export function renderWarnings(list: HTMLElement, messages: readonly string[]) {
  const current = [...list.children].map((li) => li.getAttribute('data-message'));
  if (current.join('\n') === messages.join('\n')) return;
  list.replaceChildren(
    ...messages.map((message) => {
      const li = document.createElement('li');
      li.dataset['message'] = message;
      const label = document.createElement('strong');
      label.textContent = texts.warningLabel;
      li.append(label, ` ${message}`);
      return li;
    }),
  );
  list.hidden = messages.length === 0;
}

/** Every step's row in the container (all sessions' lists), by key: rows move between lists. */
export function rowsByKey(container: HTMLElement): Map<number, HTMLLIElement> {
  return new Map(
    [...container.querySelectorAll<HTMLLIElement>('li[data-key]')].map((row) => [
      Number(row.dataset['key']),
      row,
    ]),
  );
}

/**
 * Shows a session's steps in order in its list, taking each step's row from `rows` (and out of
 * it: what is left there afterwards belongs to no session any more).
 */
export function renderSteps(
  list: HTMLOListElement,
  template: HTMLTemplateElement,
  views: readonly StepView[],
  rows: Map<number, HTMLLIElement>,
): void {
  views.forEach((view, index) => {
    const row = rows.get(view.step.key) ?? createRow(template, view.step.key);
    rows.delete(view.step.key);
    updateRow(row, view);
    if (list.children[index] !== row) list.insertBefore(row, list.children[index] ?? null);
  });
}
