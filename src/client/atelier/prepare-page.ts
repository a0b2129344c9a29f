// « Préparer mon atelier » (/atelier/): the atelier (its sessions) lives in the address (replaced
// on every change) and, once kept, among this browser's ateliers (kept-prepare-page.ts), so that the
// sheets' « Ajouter à mon atelier » links add to it from any tab, on any day.
import { mergeChecklist } from '../../lib/atelier/checklist.ts';
import { clockValue, parseClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import { buildSchedule } from '../../lib/atelier/schedule.ts';
import {
  atelierSteps,
  distinctMethods,
  emptyAtelier,
  limits,
  mergeWithPrevious,
  moveInAtelier,
  neighbourPosition,
  resolveAtelier,
  methodMinutes,
  splitSession,
  clamp,
  type Atelier,
  type Session,
  type Step,
  type StepPosition,
} from '../../lib/atelier/session.ts';
import {
  atelierHref,
  atelierWithAdditions,
  serializeAtelier,
} from '../../lib/atelier/session-url.ts';
import type { MethodFacts } from '../../lib/atelier/method-facts.ts';
import { atelierWarnings, warningMessage, type Warning } from '../../lib/atelier/warnings.ts';
import { formatMinutes } from '../../lib/format.ts';
import { paths } from '../../lib/urls.ts';
import { runSessionSearch } from './run/run-source.ts';
import { arrive, keepShown } from './kept-prepare-page.ts';
// The header's « Mon atelier (n) » follows this page's changes too.
import { renderKeptHeader } from './add-in-place.ts';
import { enablePointerReorder } from './pointer-reorder.ts';
import { preparePrintedMethods } from './print-methods.ts';
import { drawQrCodes, loadQrEncoder } from './agenda-qr-code.ts';
import { renderAgenda } from './render-agenda.ts';
import { renderChecklist, totalText } from './render-summary.ts';
import {
  renderSteps,
  renderWarnings,
  rowsByKey,
  stepControl,
  type KeyedStep,
  type StepControl,
} from './render-steps.ts';
import { loadMethods } from './method-loader.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = byId<HTMLElement>('atelier-app');
const ui = {
  status: byId<HTMLElement>('atelier-status'),
  settings: byId<HTMLFormElement>('atelier-settings'),
  title: byId<HTMLInputElement>('atelier-titre'),
  start: byId<HTMLInputElement>('atelier-debut'),
  group: byId<HTMLInputElement>('atelier-groupe'),
  available: byId<HTMLInputElement>('atelier-temps'),
  programmeHeading: byId<HTMLElement>('atelier-programme-titre'),
  empty: byId<HTMLElement>('atelier-empty'),
  summary: byId<HTMLElement>('atelier-summary'),
  sessions: byId<HTMLElement>('atelier-sessions'),
  sessionTemplate: byId<HTMLTemplateElement>('atelier-session-template'),
  headTemplate: byId<HTMLTemplateElement>('atelier-session-head-template'),
  template: byId<HTMLTemplateElement>('atelier-step-template'),
  checklist: byId<HTMLElement>('atelier-checklist'),
  materiel: byId<HTMLElement>('atelier-materiel'),
  preparation: byId<HTMLElement>('atelier-preparation'),
  share: byId<HTMLElement>('atelier-share'),
  link: byId<HTMLInputElement>('atelier-lien'),
  copy: byId<HTMLButtonElement>('atelier-copy'),
  print: byId<HTMLButtonElement>('atelier-print-button'),
  clear: byId<HTMLButtonElement>('atelier-clear'),
  printAgenda: byId<HTMLElement>('atelier-print-agenda'),
  printMethods: byId<HTMLElement>('atelier-print-sheets'),
};

/** A session as the page holds it: keyed, so that its block (and focus in it) survives changes. */
type PreparePageSession = Session<KeyedStep> & { key?: number };
type PreparePageAtelier = Omit<Atelier<KeyedStep>, 'sessions'> & { sessions: PreparePageSession[] };

let facts = new Map<string, MethodFacts>();
let atelier: PreparePageAtelier = { ...emptyAtelier<KeyedStep>() };
let nextKey = 1;
let warningCount = 0;
const keyed = (step: Step): KeyedStep => ({ ...step, key: nextKey++ });
/** Gives a key to every session that has none yet (a new one after a split). */
function keySessions(next: Atelier<KeyedStep>): PreparePageAtelier {
  return {
    ...next,
    sessions: next.sessions.map((session: PreparePageSession) =>
      session.key === undefined ? { ...session, key: nextKey++ } : session,
    ),
  };
}
const several = () => atelier.sessions.length > 1;

function announce(message: string) {
  // Emptied first so that the same sentence twice is announced twice.
  ui.status.textContent = '';
  window.setTimeout(() => (ui.status.textContent = message), 50);
}

// The chosen sheets' cards and canvases are in the page as soon as the atelier is shown (fetched
// again when the chosen sheets change), so the browser's own print (Ctrl+P, a phone's share sheet)
// gives the whole pack, not only the agenda.
let printedFor = '';
let printedMethods: Promise<boolean> = Promise.resolve(true);
function refreshPrintedMethods() {
  const methods = methodsOf(atelier);
  const signature = methods.map((method) => method.id).join(',');
  if (signature === printedFor) return;
  printedFor = signature;
  delete ui.printMethods.dataset['ready'];
  const filling: Promise<boolean> = Promise.all([
    preparePrintedMethods(ui.printMethods, methods, () => printedMethods === filling),
    loadQrEncoder(),
  ]).then(([complete]) => complete);
  printedMethods = filling;
  void filling.then(() => {
    if (printedMethods === filling) ui.printMethods.dataset['ready'] = 'true';
  });
}

/**
 * The sheets' cards and canvases for the print wait for a moment the browser is idle, not to
 * slow the planner's first drawing (fetching and reading their pages is the page's longest work);
 * a print (the page's button or the browser's menu) asks for them at once.
 */
let printPending: number | null = null;
// Safari has no idle callbacks: a short wait instead.
const idle = window as Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;
const whenIdle = (run: () => void): number =>
  idle.requestIdleCallback
    ? idle.requestIdleCallback(run, { timeout: 2000 })
    : window.setTimeout(run, 200);
const cancelIdle = (id: number) =>
  idle.cancelIdleCallback ? idle.cancelIdleCallback(id) : window.clearTimeout(id);
function schedulePrintedMethods() {
  if (printPending !== null) return;
  printPending = whenIdle(() => {
    printPending = null;
    refreshPrintedMethods();
  });
}
function printedMethodsNow() {
  agendaNow();
  drawQrCodes(ui.printAgenda);
  if (printPending !== null) cancelIdle(printPending);
  printPending = null;
  refreshPrintedMethods();
}

/**
 * The checklist and the printed agenda follow each change in a task of their own, just after the
 * sessions': those are drawn sooner, and a burst of changes (typing) builds the agenda once.
 */
let agendaPending: { timer: number; render: () => void } | null = null;
function scheduleAgenda(render: () => void) {
  if (agendaPending) window.clearTimeout(agendaPending.timer);
  agendaPending = { timer: window.setTimeout(agendaNow, 0), render };
}
function agendaNow() {
  if (!agendaPending) return;
  window.clearTimeout(agendaPending.timer);
  const { render } = agendaPending;
  agendaPending = null;
  render();
}

function methodsOf(current: Atelier<KeyedStep>): MethodFacts[] {
  return distinctMethods(atelierSteps(current)).flatMap((id) => facts.get(id) ?? []);
}

function keyAt(position: StepPosition): number | undefined {
  return atelier.sessions[position.session]?.steps[position.step]?.key;
}

function warningsByStep(warnings: readonly Warning[]) {
  const byStep = new Map<number, string[]>();
  for (const warning of warnings)
    if ('position' in warning) {
      const key = keyAt(warning.position);
      if (key !== undefined) byStep.set(key, [...(byStep.get(key) ?? []), warningMessage(warning)]);
    }
  return byStep;
}

/** The session's settings fields, shown when the atelier has several sessions. */
function renderHead(block: HTMLElement, session: PreparePageSession, index: number) {
  let head = block.querySelector<HTMLElement>('.atelier-session__head');
  if (!several()) return head?.remove();
  if (!head) {
    head = (ui.headTemplate.content.firstElementChild as HTMLElement).cloneNode(
      true,
    ) as HTMLElement;
    const key = String(session.key);
    for (const label of head.querySelectorAll<HTMLLabelElement>('label[data-field]')) {
      const field = label.dataset['field']!;
      const input = label.nextElementSibling as HTMLInputElement;
      input.id = `atelier-seance-${key}-${field}`;
      label.htmlFor = input.id;
      const help = head.querySelector<HTMLElement>(`[data-help="${field}"]`);
      if (help) {
        help.id = `${input.id}-aide`;
        input.setAttribute('aria-describedby', help.id);
      }
    }
    block.prepend(head);
  }
  const title = head.querySelector<HTMLElement>('[data-session-title]')!;
  title.id = `atelier-seance-${session.key}-titre`;
  block.setAttribute('aria-labelledby', title.id);
  const heading = fill(texts.sessionHeading, { n: index + 1, total: atelier.sessions.length });
  const text = session.title ? `${heading} · ${session.title}` : heading;
  if (title.textContent !== text) title.textContent = text;
  const fields = {
    label: head.querySelector<HTMLInputElement>('[data-session-label]')!,
    start: head.querySelector<HTMLInputElement>('[data-session-start]')!,
    available: head.querySelector<HTMLInputElement>('[data-session-available]')!,
  };
  const values = {
    label: session.title,
    start: clockValue(session.start),
    available: session.available === null ? '' : String(session.available),
  };
  // The field being typed in is left alone.
  for (const [name, input] of Object.entries(fields))
    if (document.activeElement !== input) input.value = values[name as keyof typeof values];
}

function sessionBlocks(): Map<number, HTMLElement> {
  return new Map(
    [...ui.sessions.querySelectorAll<HTMLElement>(':scope > [data-session-key]')].map((block) => [
      Number(block.dataset['sessionKey']),
      block,
    ]),
  );
}

function renderSessions(warnings: readonly Warning[]) {
  const perStep = warningsByStep(warnings);
  const blocks = sessionBlocks();
  const rows = rowsByKey(ui.sessions);
  const all = atelierSteps(atelier);
  const level = several() ? 4 : 3;
  atelier.sessions.forEach((session, index) => {
    let block = blocks.get(session.key!);
    blocks.delete(session.key!);
    if (!block) {
      block = (ui.sessionTemplate.content.firstElementChild as HTMLElement).cloneNode(
        true,
      ) as HTMLElement;
      block.dataset['sessionKey'] = String(session.key);
    }
    if (ui.sessions.children[index] !== block)
      ui.sessions.insertBefore(block, ui.sessions.children[index] ?? null);
    block.dataset['sessionIndex'] = String(index);
    renderHead(block, session, index);
    if (!several()) block.removeAttribute('aria-labelledby');
    const schedule = buildSchedule(session);
    const list = block.querySelector<HTMLOListElement>('[data-steps]')!;
    renderSteps(
      list,
      ui.template,
      schedule.steps.map(({ step, index: stepIndex, start, end }) => ({
        step,
        method: step.kind === 'method' ? facts.get(step.id) : undefined,
        start,
        end,
        warnings: perStep.get(step.key) ?? [],
        first: step === all[0],
        last: step === all.at(-1),
        canSplit: stepIndex > 0 && atelier.sessions.length < limits.sessions,
        level,
      })),
      rows,
    );
    const empty = session.steps.length === 0;
    list.hidden = empty;
    block.querySelector<HTMLElement>('[data-session-empty]')!.hidden = !empty || !several();
    const total = block.querySelector<HTMLElement>('[data-total]')!;
    total.hidden = empty;
    total.textContent = empty ? '' : totalText(schedule);
    const sessionWarnings = block.querySelector<HTMLElement>('[data-session-warnings]')!;
    renderWarnings(
      sessionWarnings,
      warnings
        .filter((w) => w.kind === 'overrun' && w.session === index)
        .map((w) => warningMessage(w, atelier.sessions.length)),
    );
    // The first session's total and warnings keep the ids they had when an atelier was one session.
    total.id = index === 0 ? 'atelier-total' : '';
    sessionWarnings.id = index === 0 ? 'atelier-session-warnings' : '';
    const name = several() ? fill(texts.inSession, { n: index + 1 }) : '';
    for (const span of block.querySelectorAll('[data-session-name]'))
      if (span.textContent !== name) span.textContent = name;
    const addBreak = block.querySelector<HTMLElement>('[data-add-break]')!;
    addBreak.hidden = all.length === 0;
    block.querySelector<HTMLElement>('[data-merge]')!.hidden = index === 0;
    const run = block.querySelector<HTMLAnchorElement>('[data-run]')!;
    run.hidden = !several() || empty;
    run.textContent = fill(texts.runSession, { n: index + 1 });
    run.href = `${paths.atelierRun}${runSessionSearch(serializeAtelier(atelier), index + 1)}`;
  });
  for (const block of blocks.values()) block.remove();
  for (const row of rows.values()) row.remove();
}

/** Shows the atelier, writes it in the address and the kept copy, announces and moves focus. */
function update(
  options: {
    message?: string;
    focus?: { key: number; control: StepControl } | HTMLElement;
    /** Leaves the address and the kept copy as they are (a link this page cannot read). */
    keepAddress?: boolean;
  } = {},
) {
  const warnings = atelierWarnings(atelier, facts);
  renderSessions(warnings);
  for (const field of ui.settings.querySelectorAll<HTMLElement>('[data-single-session]'))
    field.hidden = several();
  const schedules = atelier.sessions.map((session) => buildSchedule(session));
  const empty = atelierSteps(atelier).length === 0;
  ui.empty.hidden = !empty;
  ui.summary.hidden = !several();
  ui.summary.textContent = several()
    ? fill(texts.sessionsSummary, {
        n: atelier.sessions.length,
        total: formatMinutes(schedules.reduce((sum, s) => sum + s.total, 0)),
      })
    : '';
  const checklist = mergeChecklist(methodsOf(atelier));
  ui.share.hidden = empty;

  const query = serializeAtelier(atelier);
  const href = atelierHref(atelier);
  const link = new URL(href, location.href).href;
  ui.link.value = link;
  if (!options.keepAddress) {
    // The history entry's state says which kept atelier this tab shows (kept-prepare-page.ts).
    if (`${location.pathname}${location.search}` !== href)
      history.replaceState(history.state, '', href);
    keepShown(query);
  }
  scheduleAgenda(() => {
    // Below the sessions (never on the first screen), as the agenda, in the task after theirs.
    renderChecklist(ui, checklist);
    ui.checklist.hidden = checklist.materiel.length + checklist.preparation.length === 0;
    renderAgenda(ui.printAgenda, atelier, schedules, checklist, facts, link);
  });
  schedulePrintedMethods();

  let message = options.message ?? '';
  if (warnings.length !== warningCount && (message || warnings.length > warningCount))
    message = `${message} ${
      warnings.length === 1
        ? texts.warningCountOne
        : fill(texts.warningCount, { n: warnings.length })
    }`.trim();
  warningCount = warnings.length;
  if (message) announce(message);
  const focus = options.focus;
  if (focus instanceof HTMLElement) focus.focus();
  else if (focus) stepControl(ui.sessions, focus.key, focus.control)?.focus();
}

function writeSettings() {
  const first = atelier.sessions[0]!;
  ui.title.value = atelier.title;
  ui.start.value = clockValue(first.start);
  ui.group.value = atelier.groupSize === null ? '' : String(atelier.groupSize);
  ui.available.value = first.available === null ? '' : String(first.available);
}

function numberOrNull(input: HTMLInputElement, range: { min: number; max: number }) {
  const value = input.valueAsNumber;
  return Number.isInteger(value) && value >= range.min && value <= range.max ? value : null;
}

function withSession(index: number, change: (session: PreparePageSession) => PreparePageSession) {
  atelier = {
    ...atelier,
    sessions: atelier.sessions.map((session, i) => (i === index ? change(session) : session)),
  };
}

function readSettings() {
  atelier = {
    ...atelier,
    title: ui.title.value.trim().slice(0, limits.titleLength),
    groupSize: numberOrNull(ui.group, limits.groupSize),
  };
  // With one session, its start and time available are among the atelier's settings.
  if (!several())
    withSession(0, (session) => ({
      ...session,
      start: parseClock(ui.start.value) ?? session.start,
      available: numberOrNull(ui.available, limits.available),
    }));
}

function readSessionSettings(block: HTMLElement) {
  const index = Number(block.dataset['sessionIndex']);
  const field = (name: string) => block.querySelector<HTMLInputElement>(`[data-session-${name}]`)!;
  withSession(index, (session) => ({
    ...session,
    title: field('label').value.trim().slice(0, limits.titleLength),
    start: parseClock(field('start').value) ?? session.start,
    available: numberOrNull(field('available'), limits.available),
  }));
}

function positionOf(key: number): StepPosition | null {
  for (const [session, { steps }] of atelier.sessions.entries()) {
    const step = steps.findIndex((s) => s.key === key);
    if (step >= 0) return { session, step };
  }
  return null;
}

function stepAt(position: StepPosition | null): KeyedStep | undefined {
  return position ? atelier.sessions[position.session]?.steps[position.step] : undefined;
}

function nameOf(step: KeyedStep) {
  return step.kind === 'method' ? (facts.get(step.id)?.titre ?? step.id) : texts.breakTitle;
}

function moveTo(key: number, to: StepPosition | null, control: StepControl, by: -1 | 1) {
  const from = positionOf(key);
  const step = stepAt(from);
  if (!from || !step) return;
  if (!to) return announce(by < 0 ? texts.alreadyFirst : texts.alreadyLast);
  atelier = keySessions(moveInAtelier(atelier, from, to));
  const placed = positionOf(key)!;
  const values = {
    title: nameOf(step),
    n: placed.step + 1,
    total: atelier.sessions[placed.session]!.steps.length,
    session: placed.session + 1,
  };
  const message =
    placed.session !== from.session
      ? fill(texts.movedToSession, values)
      : fill(step.kind === 'method' ? texts.moved : texts.breakMoved, values);
  update({ message, focus: { key, control } });
}

function remove(key: number) {
  const position = positionOf(key);
  const step = stepAt(position);
  if (!position || !step) return;
  withSession(position.session, (session) => ({
    ...session,
    steps: session.steps.filter((s) => s.key !== key),
  }));
  const all = atelierSteps(atelier);
  const flat =
    atelierSteps({
      ...atelier,
      sessions: atelier.sessions.slice(0, position.session),
    }).length + position.step;
  const next = all[flat] ?? all[flat - 1];
  update({
    message:
      step.kind === 'method' ? fill(texts.removed, { title: nameOf(step) }) : texts.breakRemoved,
    focus: next ? { key: next.key, control: 'remove' } : ui.programmeHeading,
  });
}

function split(key: number) {
  const position = positionOf(key);
  const step = stepAt(position);
  if (!position || !step) return;
  atelier = keySessions(splitSession(atelier, position));
  if (atelier.sessions.length === 1) return;
  update({ message: fill(texts.split, { title: nameOf(step), total: atelier.sessions.length }) });
  // Once its block is shown.
  sessionTitle(position.session + 1).focus();
}

function sessionTitle(index: number): HTMLElement {
  const block = ui.sessions.children[index];
  return block?.querySelector<HTMLElement>('[data-session-title]') ?? ui.programmeHeading;
}

function merge(index: number) {
  atelier = keySessions(mergeWithPrevious(atelier, index));
  writeSettings();
  update({
    message: several()
      ? fill(texts.merged, { n: index + 1, total: atelier.sessions.length })
      : texts.mergedOne,
  });
  (several() ? sessionTitle(index - 1) : ui.programmeHeading).focus();
}

function addBreak(index: number) {
  const step = keyed({ kind: 'break', minutes: limits.defaultBreak });
  withSession(index, (session) => ({ ...session, steps: [...session.steps, step] }));
  const total = atelier.sessions[index]!.steps.length;
  update({
    message: fill(texts.breakAdded, {
      minutes: formatMinutes(step.minutes),
      n: total,
      total,
    }),
    focus: { key: step.key, control: 'duration' },
  });
}

function setDuration(input: HTMLInputElement, commit: boolean) {
  const key = Number(input.closest<HTMLElement>('[data-key]')?.dataset['key']);
  const position = positionOf(key);
  const step = stepAt(position);
  if (!position || !step) return;
  const range =
    step.kind === 'method'
      ? (facts.get(step.id)?.duree ?? limits.breakMinutes)
      : limits.breakMinutes;
  const value = input.valueAsNumber;
  const inRange = Number.isInteger(value) && value >= range.min && value <= range.max;
  if (!inRange && !commit) return;
  const minutes = inRange
    ? value
    : step.kind === 'method' && facts.has(step.id)
      ? methodMinutes(Number.isNaN(value) ? null : value, facts.get(step.id)!)
      : clamp(Number.isNaN(value) ? limits.defaultBreak : value, range);
  if (commit) input.value = String(minutes);
  if (minutes === step.minutes) return;
  withSession(position.session, (session) => ({
    ...session,
    steps: session.steps.map((s) => (s.key === key ? { ...s, minutes } : s)),
  }));
  update();
}

function wire() {
  ui.settings.addEventListener('submit', (event) => event.preventDefault());
  ui.settings.addEventListener('input', () => {
    readSettings();
    update();
  });
  ui.settings.addEventListener('change', () => {
    readSettings();
    writeSettings();
    update();
  });
  ui.sessions.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const block = button?.closest<HTMLElement>('[data-session-key]');
    if (!button || !block) return;
    const index = Number(block.dataset['sessionIndex']);
    if (button.hasAttribute('data-add-break')) return addBreak(index);
    if (button.hasAttribute('data-merge')) return merge(index);
    const key = Number(button.closest<HTMLElement>('[data-key]')?.dataset['key']);
    if (!key) return;
    if (button.hasAttribute('data-remove')) return remove(key);
    if (button.hasAttribute('data-split')) return split(key);
    const by = Number(button.dataset['move']) < 0 ? -1 : 1;
    const from = positionOf(key);
    if (from) moveTo(key, neighbourPosition(atelier, from, by), by < 0 ? 'up' : 'down', by);
  });
  const onSessionField = (event: Event, commit: boolean) => {
    const input = event.target as HTMLInputElement;
    if (input.matches('[data-duration]')) return setDuration(input, commit);
    const block = input.closest<HTMLElement>('.atelier-session__head')?.parentElement;
    if (!block) return;
    readSessionSettings(block);
    update();
  };
  ui.sessions.addEventListener('input', (event) => onSessionField(event, false));
  ui.sessions.addEventListener('change', (event) => onSessionField(event, true));
  enablePointerReorder(ui.sessions, (key, to) => moveTo(key, to, 'up', -1));
  ui.copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(ui.link.value);
      announce(texts.copied);
    } catch {
      ui.link.select();
      announce(texts.copyFailed);
    }
  });
  ui.print.addEventListener('click', async () => {
    announce(texts.printing);
    ui.print.setAttribute('aria-busy', 'true');
    printedMethodsNow();
    const complete = await printedMethods;
    ui.print.removeAttribute('aria-busy');
    announce(complete ? texts.printReady : texts.printPartial);
    window.print();
  });
  // Ctrl+P before the idle moment: the sheets already fetched are shown (the rest cannot wait).
  window.addEventListener('beforeprint', printedMethodsNow);
  ui.clear.addEventListener('click', () => {
    if (!window.confirm(texts.confirmClear)) return;
    atelier = keySessions(emptyAtelier<KeyedStep>());
    writeSettings();
    update({ message: texts.cleared, focus: ui.programmeHeading });
  });
}

async function start() {
  const arrived = await arrive(location.search, announce);
  const parsed = arrived.parsed;
  const { atelier: draft, added, already } = atelierWithAdditions(parsed, null);
  const notice = document.getElementById('atelier-no-script')!;
  // The page draws the planner from the start where scripts run (src/styles/atelier.css), inert
  // until the sheets' facts arrive (nothing typed before can be overwritten): shown only then, it
  // pushed the page down as it appeared (Lighthouse, a shared link: CLS 0.23).
  const first = draft.sessions[0]!;
  atelier = {
    ...atelier,
    title: draft.title,
    groupSize: draft.groupSize,
    sessions: [{ ...atelier.sessions[0]!, start: first.start, available: first.available }],
  };
  writeSettings();
  const steps = atelierSteps(draft);
  ui.empty.hidden = steps.length > 0;
  // The steps' room, roughly (src/styles/atelier.css), and the header's count, until they are drawn.
  ui.sessions.style.setProperty('--pending-steps', String(steps.length));
  ui.sessions.dataset['pending'] = '';
  renderKeptHeader();
  const loaded = await loadMethods(distinctMethods(steps));
  facts = loaded.facts;
  if (loaded.failed.length > 0) {
    // Offline or a server error: the address is left as it is, to be reloaded later.
    app.hidden = true;
    notice.dataset['failed'] = '';
    notice.textContent = texts.loadError;
    return;
  }
  for (const link of document.querySelectorAll<HTMLElement>('[data-with-script]'))
    link.hidden = false;
  const resolved = resolveAtelier(draft, facts);
  atelier = keySessions({
    ...resolved.atelier,
    sessions: resolved.atelier.sessions.map((session) => ({
      ...session,
      steps: session.steps.map(keyed),
    })),
  });
  writeSettings();
  wire();
  const messages: string[] = arrived.message ? [arrived.message] : [];
  if (parsed.unknownVersion) messages.push(texts.unknownVersion);
  if (resolved.missing.length)
    messages.push(fill(texts.missing, { ids: resolved.missing.join(', ') }));
  const addedHere = added.filter((id) => facts.has(id));
  if (addedHere.length === 1) {
    const last = atelier.sessions.at(-1)!;
    const position = last.steps.findIndex((s) => s.kind === 'method' && s.id === addedHere[0]);
    messages.push(
      fill(texts.added, {
        title: facts.get(addedHere[0]!)!.titre,
        n: position + 1,
        total: last.steps.length,
      }),
    );
  } else if (addedHere.length > 1) messages.push(fill(texts.addedMany, { n: addedHere.length }));
  for (const id of already)
    messages.push(fill(texts.alreadyThere, { title: facts.get(id)?.titre ?? id }));
  warningCount = atelierWarnings(atelier, facts).length;
  app.inert = false;
  delete ui.sessions.dataset['pending'];
  update({
    ...(messages.length ? { message: messages.join(' ') } : {}),
    keepAddress: parsed.unknownVersion,
  });
}

void start();
