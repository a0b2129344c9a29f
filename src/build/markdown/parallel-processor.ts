import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  AstroMarkdownOptions,
  MarkdownProcessor,
  MarkdownRenderer,
  MarkdownRenderOptions,
  MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import type { RenderReply, RenderRequest, ToRenderWorker } from './render-messages.ts';
import { recordTimings } from '../timings.ts';

interface Job {
  request: RenderRequest;
  options: MarkdownRenderOptions | undefined;
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

interface RenderThread {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** Idle workers are stopped after this delay (they are started again if more Markdown comes). */
const idleMs = 2000;
/** Prewarmed workers wait this long for their first Markdown (the content check of 5,000 sheets takes seconds). */
const prewarmIdleMs = 20_000;

/** Worker threads by default: one per core, at most 4; none on a single core. */
export function defaultThreadCount(
  cores = availableParallelism(),
  override = process.env.TILAB_MARKDOWN_THREADS,
): number {
  if (override !== undefined && override !== '') {
    const wanted = Number(override);
    if (!Number.isInteger(wanted) || wanted < 0)
      throw new Error(
        `TILAB_MARKDOWN_THREADS attend un nombre entier, 0 ou plus (reçu : ${override}).`,
      );
    return wanted;
  }
  return cores > 1 ? Math.min(cores, 4) : 0;
}

/** A Markdown processor whose workers can be started before Astro asks for them; `prewarm()` says how many run. */
export type ParallelProcessor<Options extends object> = MarkdownProcessor<Options> & {
  prewarm(): number;
};

/**
 * Runs a unified Markdown processor in worker threads. Astro renders every Markdown entry of a
 * collection on one thread, and the unified pipeline is most of a cold build's content sync:
 * spread over the machine's cores, it runs alongside the rest of the sync (YAML, schemas).
 * The workers build the same pipeline from `workerModule`, which must export the same options
 * as `inner` (see unified-processor.ts). Same name and options as `inner`, so @astrojs/mdx
 * recognises the processor; MDX is rendered on the main thread by `inner`.
 * `prewarm()` starts the workers at once, so that they have loaded unified by the time Astro has
 * checked the content and prepared the sync (src/build/integrations/markdown-workers.ts calls it; unused,
 * the workers stop after a while).
 * With 0 threads (or options that cannot cross threads) it renders like `inner`, on the main thread.
 */
export function parallelProcessor<Options extends object>(
  inner: MarkdownProcessor<Options>,
  workerModule: URL,
  { threads = defaultThreadCount() }: { threads?: number } = {},
): ParallelProcessor<Options> {
  // One pool for the whole build: Astro asks for a renderer per collection.
  const pool =
    threads > 0
      ? new RenderPool(workerModule, threads, (shared) => inner.createRenderer(shared))
      : undefined;
  return {
    name: inner.name,
    options: inner.options,
    prewarm: () => pool?.prewarm() ?? 0,
    ...(inner.createMdxRenderer ? { createMdxRenderer: inner.createMdxRenderer.bind(inner) } : {}),
    async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
      if (!pool || !canCrossThreads(shared) || !pool.configure(shared))
        return inner.createRenderer(shared);
      return { render: (content, options) => pool.render(content, options) };
    },
  };
}

function canCrossThreads(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

class RenderPool {
  private threads: RenderThread[] = [];
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private fallback: Promise<MarkdownRenderer> | undefined;
  private shared: AstroMarkdownOptions | undefined;
  /** Files rendered and time from the first request to the last answer, since the pool last went idle. */
  private busy = { files: 0, since: 0, until: 0 };

  private readonly workerModule: URL;
  private readonly size: number;
  private readonly inProcess: (shared: AstroMarkdownOptions) => Promise<MarkdownRenderer>;

  constructor(
    workerModule: URL,
    size: number,
    inProcess: (shared: AstroMarkdownOptions) => Promise<MarkdownRenderer>,
  ) {
    this.workerModule = workerModule;
    this.size = size;
    this.inProcess = inProcess;
    // A short build can end before the workers are idle long enough to report.
    process.once('exit', () => this.report());
  }

  /** Starts every worker now; they stop if no Markdown comes within a while. */
  prewarm(): number {
    while (this.threads.length < this.size) this.spawn();
    this.scheduleStop(prewarmIdleMs);
    return this.threads.length;
  }

  /** Gives the pool Astro's Markdown options. False if it already renders with other ones. */
  configure(shared: AstroMarkdownOptions): boolean {
    if (this.shared) return JSON.stringify(this.shared) === JSON.stringify(shared);
    this.shared = shared;
    for (const thread of this.threads)
      thread.worker.postMessage({ kind: 'options', shared } satisfies ToRenderWorker);
    return true;
  }

  async render(content: string, options?: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
    const request: RenderRequest = {
      kind: 'render',
      id: this.nextId++,
      content,
      fileURL: options?.fileURL?.href,
      frontmatter: options?.frontmatter,
    };
    if (this.fallback) return this.fallback.then((renderer) => renderer.render(content, options));
    clearTimeout(this.idleTimer);
    if (this.busy.files === 0 && this.threads.every((t) => t.jobs.size === 0))
      this.busy.since = performance.now();
    return new Promise((resolve, reject) => {
      const thread = this.leastBusy();
      thread.jobs.set(request.id, { request, options, resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage(request);
    });
  }

  private leastBusy(): RenderThread {
    if (this.threads.length < this.size) return this.spawn();
    return this.threads.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  }

  private spawn(): RenderThread {
    const thread: RenderThread = { worker: new Worker(this.workerModule), jobs: new Map() };
    thread.worker.unref();
    if (this.shared)
      thread.worker.postMessage({ kind: 'options', shared: this.shared } satisfies ToRenderWorker);
    thread.worker.on('message', (reply: RenderReply) => this.settle(thread, reply));
    // A worker that cannot start (or crashes, even while idle) must not lose pages: its jobs, and all
    // later ones, run in-process. Workers stopped on purpose have left `threads` first.
    thread.worker.on('error', (error) => this.abandon(error));
    thread.worker.on('exit', (code) => {
      if (this.threads.includes(thread))
        this.abandon(new Error(`fil de rendu arrêté (code ${code})`));
    });
    this.threads.push(thread);
    return thread;
  }

  private settle(thread: RenderThread, reply: RenderReply) {
    const job = thread.jobs.get(reply.id);
    if (!job) return;
    thread.jobs.delete(reply.id);
    this.busy.files++;
    this.busy.until = performance.now();
    if (reply.error === undefined) job.resolve(reply.result);
    else job.reject(new Error(reply.error));
    if (thread.jobs.size === 0) thread.worker.unref();
    if (this.threads.every((t) => t.jobs.size === 0)) this.scheduleStop();
  }

  private abandon(error: Error) {
    console.warn(
      `[tilab:markdown] rendu en parallèle impossible, rendu sur le fil principal : ${error.message}`,
    );
    this.fallback ??= this.inProcess(this.shared ?? {});
    const jobs = [...this.threads.flatMap((t) => [...t.jobs.values()])];
    for (const t of this.threads) void t.worker.terminate();
    this.threads = [];
    for (const job of jobs)
      this.fallback
        .then((renderer) => renderer.render(job.request.content, job.options))
        .then(job.resolve, job.reject);
  }

  /** One line per busy period (the content sync of a build): what `npm run bench` reports as Markdown rendering. */
  private report() {
    const { files, since, until } = this.busy;
    if (files > 0) {
      const ms = Math.round(until - since);
      console.log(
        `[tilab:markdown] ${files} fichiers Markdown rendus en ${ms} ms sur ${this.size} fils`,
      );
      recordTimings({ markdown: { ms, files, threads: this.size } });
    }
    this.busy = { files: 0, since: 0, until: 0 };
  }

  private scheduleStop(delay = idleMs) {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.report();
      const idle = this.threads;
      this.threads = [];
      for (const thread of idle) void thread.worker.terminate();
    }, delay);
    this.idleTimer.unref();
  }
}
