// « Préparer mon atelier » (/atelier/): the session lives in the address (replaced on every change)
// and, once kept, among this browser's ateliers (kept-planner.ts), so that the sheets' « Ajouter à
// mon atelier » links add to it from any tab, on any day.
import { mergeChecklist } from '../../lib/atelier/checklist.ts';
import { clockValue, parseClock } from '../../lib/atelier/clock.ts';
import { fill, texts } from '../../lib/atelier/messages.ts';
import { buildSchedule } from '../../lib/atelier/schedule.ts';
import {
  distinctSheets,
  emptySession,
  limits,
  moveStep,
  removeStep,
  resolveSession,
  sheetMinutes,
  clamp,
  type Session,
  type Step,
} from '../../lib/atelier/session.ts';
import {
  serializeSession,
  sessionHref,
  sessionWithAdditions,
} from '../../lib/atelier/session-url.ts';
import type { SheetFacts } from '../../lib/atelier/sheet-facts.ts';
import { sessionWarnings, warningMessage, type Warning } from '../../lib/atelier/warnings.ts';
import { formatMinutes } from '../../lib/format.ts';
import { arrive, keepShown } from './kept-planner.ts';
// The header's « Mon atelier (n) » follows this page's changes too.
import { renderHeader } from './add-in-place.ts';
import { enablePointerReorder } from './pointer-reorder.ts';
import { preparePrintedSheets } from './print-sheets.ts';
import { renderAgenda } from './render-agenda.ts';
import { renderChecklist, totalText } from './render-summary.ts';
import {
  renderSteps,
  renderWarnings,
  stepControl,
  type KeyedStep,
  type StepControl,
} from './render-steps.ts';
import { loadSheets } from './sheet-loader.ts';

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
  steps: byId<HTMLOListElement>('atelier-steps'),
  template: byId<HTMLTemplateElement>('atelier-step-template'),
  total: byId<HTMLElement>('atelier-total'),
  sessionWarnings: byId<HTMLElement>('atelier-session-warnings'),
  addBreak: byId<HTMLButtonElement>('atelier-add-break'),
  checklist: byId<HTMLElement>('atelier-checklist'),
  materiel: byId<HTMLElement>('atelier-materiel'),
  preparation: byId<HTMLElement>('atelier-preparation'),
  share: byId<HTMLElement>('atelier-share'),
  link: byId<HTMLInputElement>('atelier-lien'),
  copy: byId<HTMLButtonElement>('atelier-copy'),
  print: byId<HTMLButtonElement>('atelier-print-button'),
  clear: byId<HTMLButtonElement>('atelier-clear'),
  printAgenda: byId<HTMLElement>('atelier-print-agenda'),
  printSheets: byId<HTMLElement>('atelier-print-sheets'),
};

let facts = new Map<string, SheetFacts>();
let session: Session<KeyedStep> = { ...emptySession(), steps: [] };
let nextKey = 1;
let warningCount = 0;
const keyed = (step: Step): KeyedStep => ({ ...step, key: nextKey++ });

function announce(message: string) {
  // Emptied first so that the same sentence twice is announced twice.
  ui.status.textContent = '';
  window.setTimeout(() => (ui.status.textContent = message), 50);
}

// The chosen sheets' cards and canvases are in the page as soon as the atelier is shown (fetched
// again when the chosen sheets change), so the browser's own print (Ctrl+P, a phone's share sheet)
// gives the whole pack, not only the agenda.
let printedFor = '';
let printedSheets: Promise<boolean> = Promise.resolve(true);
function refreshPrintedSheets() {
  const sheets = sheetsOf(session);
  const signature = sheets.map((sheet) => sheet.id).join(',');
  if (signature === printedFor) return;
  printedFor = signature;
  delete ui.printSheets.dataset['ready'];
  const filling: Promise<boolean> = preparePrintedSheets(
    ui.printSheets,
    sheets,
    () => printedSheets === filling,
  );
  printedSheets = filling;
  void filling.then(() => {
    if (printedSheets === filling) ui.printSheets.dataset['ready'] = 'true';
  });
}

function warningsByStep(warnings: readonly Warning[]) {
  const byStep = new Map<number, string[]>();
  for (const warning of warnings)
    if ('index' in warning)
      byStep.set(warning.index, [...(byStep.get(warning.index) ?? []), warningMessage(warning)]);
  return byStep;
}

function sheetsOf(current: Session<KeyedStep>): SheetFacts[] {
  return distinctSheets(current.steps).flatMap((id) => facts.get(id) ?? []);
}

/** Shows the session, writes it in the address and the tab's copy, announces and moves focus. */
function update(
  options: {
    message?: string;
    focus?: { key: number; control: StepControl } | HTMLElement;
    /** Leaves the address and the tab's copy as they are (a link this page cannot read). */
    keepAddress?: boolean;
  } = {},
) {
  const schedule = buildSchedule(session);
  const warnings = sessionWarnings(session, facts);
  const perStep = warningsByStep(warnings);
  renderSteps(
    ui.steps,
    ui.template,
    schedule.steps.map(({ step, index, start, end }) => ({
      step,
      sheet: step.kind === 'sheet' ? facts.get(step.id) : undefined,
      start,
      end,
      warnings: perStep.get(index) ?? [],
      first: index === 0,
      last: index === session.steps.length - 1,
    })),
  );
  const empty = session.steps.length === 0;
  ui.empty.hidden = !empty;
  ui.steps.hidden = empty;
  ui.total.hidden = empty;
  ui.total.textContent = empty ? '' : totalText(schedule);
  renderWarnings(ui.sessionWarnings, warnings.filter((w) => !('index' in w)).map(warningMessage));
  const checklist = mergeChecklist(sheetsOf(session));
  renderChecklist(ui, checklist);
  ui.checklist.hidden = checklist.materiel.length + checklist.preparation.length === 0;
  ui.share.hidden = empty;
  ui.addBreak.hidden = empty;

  const href = sessionHref(session);
  const link = new URL(href, location.href).href;
  ui.link.value = link;
  if (!options.keepAddress) {
    // The history entry's state says which kept atelier this tab shows (kept-planner.ts).
    if (`${location.pathname}${location.search}` !== href)
      history.replaceState(history.state, '', href);
    keepShown(serializeSession(session));
  }
  renderAgenda(ui.printAgenda, session, schedule, checklist, facts, link);
  refreshPrintedSheets();

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
  else if (focus) stepControl(ui.steps, focus.key, focus.control)?.focus();
}

function writeSettings() {
  ui.title.value = session.title;
  ui.start.value = clockValue(session.start);
  ui.group.value = session.groupSize === null ? '' : String(session.groupSize);
  ui.available.value = session.available === null ? '' : String(session.available);
}

function numberOrNull(input: HTMLInputElement, range: { min: number; max: number }) {
  const value = input.valueAsNumber;
  return Number.isInteger(value) && value >= range.min && value <= range.max ? value : null;
}

function readSettings() {
  session = {
    ...session,
    title: ui.title.value.trim().slice(0, limits.titleLength),
    start: parseClock(ui.start.value) ?? session.start,
    groupSize: numberOrNull(ui.group, limits.groupSize),
    available: numberOrNull(ui.available, limits.available),
  };
}

function positionOf(key: number) {
  return session.steps.findIndex((step) => step.key === key);
}

function nameOf(step: KeyedStep) {
  return step.kind === 'sheet' ? (facts.get(step.id)?.titre ?? step.id) : texts.breakTitle;
}

function moveTo(key: number, to: number, control: StepControl) {
  const from = positionOf(key);
  if (from < 0) return;
  const step = session.steps[from]!;
  if (to < 0 || to >= session.steps.length || to === from) {
    const message = to < from ? texts.alreadyFirst : texts.alreadyLast;
    return announce(to === from ? '' : message);
  }
  session = { ...session, steps: moveStep(session.steps, from, to) };
  const values = { title: nameOf(step), n: to + 1, total: session.steps.length };
  update({
    message: fill(step.kind === 'sheet' ? texts.moved : texts.breakMoved, values),
    focus: { key, control },
  });
}

function remove(key: number) {
  const index = positionOf(key);
  const step = session.steps[index];
  if (!step) return;
  session = { ...session, steps: removeStep(session.steps, index) };
  const next = session.steps[index] ?? session.steps[index - 1];
  update({
    message:
      step.kind === 'sheet' ? fill(texts.removed, { title: nameOf(step) }) : texts.breakRemoved,
    focus: next ? { key: next.key, control: 'remove' } : ui.programmeHeading,
  });
}

function setDuration(input: HTMLInputElement, commit: boolean) {
  const key = Number(input.closest<HTMLElement>('[data-key]')?.dataset['key']);
  const index = positionOf(key);
  const step = session.steps[index];
  if (!step) return;
  const range =
    step.kind === 'sheet'
      ? (facts.get(step.id)?.duree ?? limits.breakMinutes)
      : limits.breakMinutes;
  const value = input.valueAsNumber;
  const inRange = Number.isInteger(value) && value >= range.min && value <= range.max;
  if (!inRange && !commit) return;
  const minutes = inRange
    ? value
    : step.kind === 'sheet' && facts.has(step.id)
      ? sheetMinutes(Number.isNaN(value) ? null : value, facts.get(step.id)!)
      : clamp(Number.isNaN(value) ? limits.defaultBreak : value, range);
  if (commit) input.value = String(minutes);
  if (minutes === step.minutes) return;
  const steps = [...session.steps];
  steps[index] = { ...step, minutes };
  session = { ...session, steps };
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
  ui.steps.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const key = Number(button?.closest<HTMLElement>('[data-key]')?.dataset['key']);
    if (!button || !key) return;
    if (button.hasAttribute('data-remove')) return remove(key);
    const by = Number(button.dataset['move']);
    moveTo(key, positionOf(key) + by, by < 0 ? 'up' : 'down');
  });
  ui.steps.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.matches('[data-duration]')) setDuration(input, false);
  });
  ui.steps.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.matches('[data-duration]')) setDuration(input, true);
  });
  enablePointerReorder(ui.steps, (key, to) => moveTo(key, to, 'up'));
  ui.addBreak.addEventListener('click', () => {
    const step = keyed({ kind: 'break', minutes: limits.defaultBreak });
    session = { ...session, steps: [...session.steps, step] };
    update({
      message: fill(texts.breakAdded, {
        minutes: formatMinutes(step.minutes),
        n: session.steps.length,
        total: session.steps.length,
      }),
      focus: { key: step.key, control: 'duration' },
    });
  });
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
    const complete = await printedSheets;
    ui.print.removeAttribute('aria-busy');
    announce(complete ? texts.printReady : texts.printPartial);
    window.print();
  });
  ui.clear.addEventListener('click', () => {
    if (!window.confirm(texts.confirmClear)) return;
    session = { ...emptySession(), steps: [] };
    writeSettings();
    update({ message: texts.cleared, focus: ui.programmeHeading });
  });
}

async function start() {
  const arrived = await arrive(location.search, announce);
  const parsed = arrived.parsed;
  const { session: draft, added, already } = sessionWithAdditions(parsed, null);
  const notice = document.getElementById('atelier-no-script')!;
  // The page draws the planner from the start where scripts run (src/styles/atelier.css), inert
  // until the sheets' facts arrive (nothing typed before can be overwritten): shown only then, it
  // pushed the page down as it appeared (Lighthouse, a shared link: CLS 0.23).
  const { title, start, groupSize, available } = draft;
  session = { ...session, title, start, groupSize, available };
  writeSettings();
  ui.empty.hidden = draft.steps.length > 0;
  // The steps' room, roughly (src/styles/atelier.css), and the header's count, until they are drawn.
  ui.steps.style.setProperty('--pending-steps', String(draft.steps.length));
  ui.steps.dataset['pending'] = '';
  renderHeader(distinctSheets(draft.steps).length);
  const loaded = await loadSheets(distinctSheets(draft.steps));
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
  const resolved = resolveSession(draft, facts);
  session = { ...resolved.session, steps: resolved.session.steps.map(keyed) };
  writeSettings();
  wire();
  const messages: string[] = arrived.message ? [arrived.message] : [];
  if (parsed.unknownVersion) messages.push(texts.unknownVersion);
  if (resolved.missing.length)
    messages.push(fill(texts.missing, { ids: resolved.missing.join(', ') }));
  const addedHere = added.filter((id) => facts.has(id));
  if (addedHere.length === 1) {
    const position = session.steps.findIndex((s) => s.kind === 'sheet' && s.id === addedHere[0]);
    messages.push(
      fill(texts.added, {
        title: facts.get(addedHere[0]!)!.titre,
        n: position + 1,
        total: session.steps.length,
      }),
    );
  } else if (addedHere.length > 1) messages.push(fill(texts.addedMany, { n: addedHere.length }));
  for (const id of already)
    messages.push(fill(texts.alreadyThere, { title: facts.get(id)?.titre ?? id }));
  warningCount = sessionWarnings(session, facts).length;
  app.inert = false;
  delete ui.steps.dataset['pending'];
  update({
    ...(messages.length ? { message: messages.join(' ') } : {}),
    keepAddress: parsed.unknownVersion,
  });
}

void start();
