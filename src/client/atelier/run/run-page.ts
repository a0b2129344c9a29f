// « Animer la séance » (/atelier/animer/): the step on in large (title, what to do, countdown,
// what comes next), start/pause and next, the agenda re-timed as the session goes. The timing is
// src/lib/atelier/run-timer.ts; this file only reads the clock, keeps the state and shows it.
import { formatClock } from '../../../lib/atelier/clock.ts';
import { fill } from '../../../lib/atelier/messages.ts';
import { isRunFacts, type RunFacts } from '../../../lib/atelier/run-facts.ts';
import {
  countdownText,
  drift,
  initialRun,
  isFinished,
  isRunning,
  next,
  pause,
  remaining,
  retime,
  secondMs,
  start,
  urgency,
  wholeMinutes,
  type RunState,
  type StepUrgency,
} from '../../../lib/atelier/run-timer.ts';
import { buildSchedule } from '../../../lib/atelier/schedule.ts';
import {
  atelierSteps,
  distinctMethods,
  emptyAtelier,
  resolveAtelier,
  type Session,
} from '../../../lib/atelier/session.ts';
import { ui as dictionary } from '../../../i18n/fr.ts';
import { formatMinutes } from '../../../lib/format.ts';
import { paths } from '../../../lib/urls.ts';
import { loadMethods } from '../method-loader.ts';
import { runSessionSearch, sessionToRun, type SessionToRun } from './run-source.ts';
import { keepAwake } from './wake-lock.ts';

const texts = dictionary.run;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view = {
  noScript: byId<HTMLElement>('run-no-script'),
  empty: byId<HTMLElement>('run-empty'),
  app: byId<HTMLElement>('run-app'),
  announcer: byId<HTMLElement>('run-announcer'),
  current: document.querySelector<HTMLElement>('.run-current')!,
  position: byId<HTMLElement>('run-position'),
  planned: byId<HTMLElement>('run-planned'),
  title: byId<HTMLElement>('run-step-title'),
  clockLabel: byId<HTMLElement>('run-clock-label'),
  clock: byId<HTMLElement>('run-clock'),
  clockState: byId<HTMLElement>('run-clock-state-text'),
  toggle: byId<HTMLButtonElement>('run-toggle'),
  next: byId<HTMLButtonElement>('run-next'),
  wake: byId<HTMLElement>('run-wake'),
  summary: byId<HTMLElement>('run-summary'),
  steps: byId<HTMLOListElement>('run-steps'),
  methodLinkRow: byId<HTMLElement>('run-sheet-link-row'),
  methodLink: byId<HTMLAnchorElement>('run-sheet-link'),
  upNext: byId<HTMLElement>('run-up-next'),
  drift: byId<HTMLElement>('run-drift'),
  agenda: byId<HTMLOListElement>('run-agenda'),
  back: byId<HTMLAnchorElement>('run-back'),
};

interface RunStep {
  title: string;
  minutes: number;
  method: RunFacts | null;
  url: string | null;
}

const now = () => Date.now();
let steps: RunStep[] = [];
let session: Session;
let state: RunState = initialRun();
/** What has been announced for the step on, so that each is said once. */
let announced: { index: number; urgency: StepUrgency } = { index: -1, urgency: 'normal' };
/** Kept for this tab, so that reloading the page in the room does not lose the session's time. */
const stateKey = 'ti-lab-animer';
let sessionQuery = '';

function announce(message: string) {
  // Emptied first so that the same sentence twice is announced twice.
  view.announcer.textContent = '';
  window.setTimeout(() => (view.announcer.textContent = message), 50);
}

async function loadRunFacts(ids: readonly string[]): Promise<Map<string, RunFacts>> {
  const facts = new Map<string, RunFacts>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        const response = await fetch(paths.atelierRunFacts(id));
        const value: unknown = response.ok ? await response.json() : null;
        if (isRunFacts(value) && value.id === id) facts.set(id, value);
      } catch {
        // Without it the step shows its title and time only.
      }
    }),
  );
  return facts;
}

function saveState() {
  try {
    sessionStorage.setItem(stateKey, JSON.stringify({ query: sessionQuery, state }));
  } catch {
    // Storage refused: a reload starts the session over.
  }
}

function restoreState(): RunState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(stateKey) ?? 'null') as {
      query?: unknown;
      state?: RunState;
    } | null;
    const restored = saved?.state;
    if (
      saved?.query === sessionQuery &&
      restored &&
      Number.isInteger(restored.index) &&
      Array.isArray(restored.spent)
    )
      return restored;
  } catch {
    // Nothing usable kept.
  }
  return initialRun();
}

const minutesText = (ms: number) => formatMinutes(Math.max(1, wholeMinutes(ms)));

function stepAnnouncement(template: string) {
  const step = steps[state.index]!;
  return fill(template, {
    n: state.index + 1,
    total: steps.length,
    title: step.title,
    minutes: formatMinutes(step.minutes),
  });
}

function renderAgenda(at: number) {
  const times = retime(
    steps.map((s) => s.minutes),
    session.start,
    state,
    at,
  );
  const items = times.map((time, index) => {
    const item = document.createElement('li');
    item.className = `run-agenda__step run-agenda__step--${time.status}`;
    if (time.status === 'current') item.setAttribute('aria-current', 'step');
    const when = document.createElement('span');
    when.className = 'run-agenda__time';
    when.textContent = `${formatClock(time.start)} – ${formatClock(time.end)}`;
    const what = document.createElement('span');
    what.className = 'run-agenda__title';
    what.textContent = steps[index]!.title;
    item.append(when, ' ', what);
    if (time.status !== 'coming') {
      const mark = document.createElement('span');
      mark.className = 'run-agenda__status';
      mark.textContent = ` (${time.status === 'done' ? texts.done : texts.current})`;
      item.append(mark);
    }
    return item;
  });
  // Rebuilt only when a time or a status changes: the list does not flicker every second.
  const signature = times.map((t) => `${t.start}-${t.end}-${t.status}`).join(',');
  if (view.agenda.dataset['signature'] !== signature) {
    view.agenda.replaceChildren(...items);
    view.agenda.dataset['signature'] = signature;
  }
  const end = times.at(-1)?.end ?? session.start;
  const late = drift(
    steps.map((s) => s.minutes),
    state,
    at,
  );
  const driftText =
    late > 0
      ? fill(texts.driftLater, { end: formatClock(end), minutes: formatMinutes(late) })
      : late < 0
        ? fill(texts.driftEarlier, { end: formatClock(end), minutes: formatMinutes(-late) })
        : fill(texts.driftNone, { end: formatClock(end) });
  if (view.drift.textContent !== driftText) view.drift.textContent = driftText;
  return times;
}

/** The parts of the page that change only with the step: title, what to do, what comes next. */
function renderStep() {
  const finished = isFinished(state, steps.length);
  view.current.classList.toggle('run-current--finished', finished);
  if (finished) {
    view.position.textContent = '';
    view.planned.textContent = '';
    view.summary.textContent = '';
    view.steps.replaceChildren();
    view.methodLinkRow.hidden = true;
    view.upNext.textContent = '';
    return;
  }
  const step = steps[state.index]!;
  const following = steps[state.index + 1];
  view.position.textContent = fill(texts.position, { n: state.index + 1, total: steps.length });
  view.title.textContent = step.title;
  view.summary.textContent = step.method?.resume ?? '';
  view.steps.replaceChildren(
    ...(step.method?.deroule ?? []).map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
  view.steps.hidden = view.steps.children.length === 0;
  view.methodLinkRow.hidden = step.url === null;
  if (step.url) {
    view.methodLink.href = step.url;
    view.methodLink.textContent = fill(texts.fullMethod, { title: step.title });
  }
  view.upNext.textContent = following
    ? fill(texts.upNext, { title: following.title, minutes: formatMinutes(following.minutes) })
    : texts.lastStep;
  view.next.textContent = following ? texts.next : texts.finish;
}

/** Everything that moves with the clock: countdown, urgency, the agenda's times. */
function tick() {
  const at = now();
  const times = renderAgenda(at);
  if (isFinished(state, steps.length)) {
    view.title.textContent = fill(texts.finished, {
      end: formatClock(times.at(-1)?.end ?? session.start),
    });
    view.current.dataset['urgency'] = 'normal';
    return;
  }
  const step = steps[state.index]!;
  const time = times[state.index]!;
  view.planned.textContent = ` · ${fill(dictionary.atelier.timeRange, {
    start: formatClock(time.start),
    end: formatClock(time.end),
  })}`;
  if (step.url === null) {
    const breakText = fill(texts.breakText, { end: formatClock(time.end) });
    if (view.summary.textContent !== breakText) view.summary.textContent = breakText;
  }
  const left = remaining(state, at, step.minutes);
  const level = urgency(left, step.minutes);
  const clockText = countdownText(left);
  if (view.clock.textContent !== clockText) view.clock.textContent = clockText;
  view.clockLabel.textContent = left < 0 ? texts.timeOver : texts.timeLeft;
  view.current.dataset['urgency'] = level;
  view.current.dataset['running'] = String(isRunning(state));
  const stateText =
    level === 'over'
      ? texts.over
      : level === 'ending'
        ? texts.ending
        : !state.started
          ? texts.notStarted
          : isRunning(state)
            ? ''
            : texts.paused;
  if (view.clockState.textContent !== stateText) view.clockState.textContent = stateText;
  // The end of a step is announced once, when it comes, not every second.
  if (isRunning(state) && announced.index === state.index && announced.urgency !== level) {
    if (level === 'ending')
      announce(fill(texts.announceEnding, { minutes: minutesText(left), title: step.title }));
    if (level === 'over') announce(fill(texts.announceOver, { title: step.title }));
    announced = { index: state.index, urgency: level };
  }
}

function renderControls() {
  const finished = isFinished(state, steps.length);
  view.toggle.hidden = finished;
  view.next.hidden = finished;
  view.toggle.textContent = isRunning(state)
    ? texts.pause
    : state.started
      ? texts.resume
      : texts.start;
}

async function updateWakeLock() {
  const running = isRunning(state);
  const held = await keepAwake(running);
  view.wake.textContent = !running ? '' : held ? texts.awake : texts.awakeUnavailable;
}

let nextTick: number | undefined;

/**
 * While the step runs, the next tick comes exactly when the countdown's second changes (not on a
 * fixed interval), so the page never shows a second late and does nothing between changes.
 */
function scheduleTick() {
  window.clearTimeout(nextTick);
  if (!isRunning(state)) return;
  const left = remaining(state, now(), steps[state.index]!.minutes);
  const delay = ((left % secondMs) + secondMs) % secondMs || secondMs;
  nextTick = window.setTimeout(() => {
    tick();
    scheduleTick();
  }, delay);
}

function changed() {
  saveState();
  renderStep();
  renderControls();
  tick();
  scheduleTick();
  void updateWakeLock();
}

function wire() {
  view.toggle.addEventListener('click', () => {
    const wasStarted = state.started;
    if (isRunning(state)) {
      state = pause(state, now());
      announce(texts.announcePaused);
    } else {
      state = start(state, now(), steps.length);
      announce(wasStarted ? texts.announceResumed : stepAnnouncement(texts.announceStarted));
    }
    announced = { index: state.index, urgency: announced.urgency };
    changed();
  });
  view.next.addEventListener('click', () => {
    state = next(state, now(), steps.length);
    announced = { index: state.index, urgency: 'normal' };
    changed();
    if (isFinished(state, steps.length)) {
      announce(view.title.textContent ?? '');
      view.title.focus();
    } else announce(stepAnnouncement(texts.announceStep));
  });
}

/** An atelier of several sessions: one link per session to run, with its times. */
async function showChoice(found: Extract<SessionToRun, { kind: 'choose' }>) {
  const section = document.getElementById('run-choose')!;
  const list = document.getElementById('run-choose-list')!;
  document.querySelector<HTMLAnchorElement>('#run-choose-back')!.href =
    `${paths.atelier}?${found.query}`;
  const loaded = await loadMethods(distinctMethods(atelierSteps(found.atelier)));
  if (loaded.failed.length > 0) {
    view.noScript.hidden = false;
    view.noScript.textContent = dictionary.atelier.loadError;
    return;
  }
  const { atelier } = resolveAtelier(found.atelier, loaded.facts);
  list.replaceChildren(
    ...atelier.sessions.flatMap((resolved, index) => {
      if (resolved.steps.length === 0) return [];
      const schedule = buildSchedule(resolved);
      const name = fill(dictionary.atelier.sessionName, { n: index + 1 });
      const link = document.createElement('a');
      link.href = runSessionSearch(found.query, index + 1);
      const count = resolved.steps.length;
      link.textContent = fill(texts.chooseEntry, {
        name: resolved.title ? `${name} · ${resolved.title}` : name,
        start: formatClock(schedule.start),
        end: formatClock(schedule.end),
        steps: count === 1 ? texts.stepCountOne : fill(texts.stepCount, { n: count }),
      });
      const item = document.createElement('li');
      item.append(link);
      return [item];
    }),
  );
  section.hidden = false;
}

async function main() {
  const found = sessionToRun(location.search);
  view.noScript.hidden = true;
  if (!found) {
    view.empty.hidden = false;
    return;
  }
  if (found.kind === 'choose') return void (await showChoice(found));
  sessionQuery = found.number === null ? found.query : runSessionSearch(found.query, found.number);
  view.back.href = `${paths.atelier}?${found.query}`;
  if (found.number !== null) {
    const heading = fill(texts.sessionTitle, { n: found.number });
    document.getElementById('run-title')!.textContent = found.session.title
      ? `${heading} · ${found.session.title}`
      : heading;
  }
  const ids = distinctMethods(found.session.steps);
  const [loaded, runFacts] = await Promise.all([loadMethods(ids), loadRunFacts(ids)]);
  if (loaded.failed.length > 0) {
    view.noScript.hidden = false;
    view.noScript.textContent = dictionary.atelier.loadError;
    return;
  }
  session = resolveAtelier({ ...emptyAtelier(), sessions: [found.session] }, loaded.facts).atelier
    .sessions[0]!;
  steps = buildSchedule(session).steps.map(({ step }) => {
    if (step.kind === 'break')
      return {
        title: dictionary.atelier.breakTitle,
        minutes: step.minutes,
        method: null,
        url: null,
      };
    const facts = loaded.facts.get(step.id)!;
    return {
      title: facts.titre,
      minutes: step.minutes,
      method: runFacts.get(step.id) ?? null,
      url: facts.url,
    };
  });
  if (steps.length === 0) {
    view.empty.hidden = false;
    return;
  }
  state = restoreState();
  announced = { index: state.index, urgency: 'normal' };
  view.app.hidden = false;
  wire();
  changed();
}

void main();
