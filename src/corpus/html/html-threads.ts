import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedArticle } from '../parsed-article.js';
import type { HtmlReply, HtmlRequest } from './html-worker.js';
import { workerModule } from '../../worker-module.js';

export interface HtmlThreadsOptions {
  /** Threads at most (default: one a core, up to 4); they start as pages come. */
  size?: number;
  /** A page still being read after this is abandoned and its thread replaced (default 10 s). */
  timeLimitMs?: number;
}

export const DEFAULT_HTML_TIME_LIMIT_MS = 10_000;
// A page's DOM takes some 20 times its size; a 10 MB page stays well within this.
const THREAD_MEMORY_MB = 1024;

interface Job {
  html: string;
  resolve: (article: ParsedArticle) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Its modules loaded: a page's time starts when a ready thread takes it. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * HTML pages are read on worker threads: a page is CPU work (Readability scores every block) that
 * would hold the event loop, and a hostile one could hold it for good. Each page has a time
 * limit; a thread over it, or one that runs out of memory or crashes, is ended and replaced, and
 * only that page fails, with its reason. Idle threads hold no process open.
 */
export class HtmlThreads {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private readonly size: number;
  private readonly timeLimitMs: number;
  private closed = false;

  constructor(options: HtmlThreadsOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_HTML_TIME_LIMIT_MS;
  }

  parse(html: string): Promise<ParsedArticle> {
    if (this.closed) return Promise.reject(new Error('the HTML threads are closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ html, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the HTML threads were closed'));
    await Promise.all(this.threads.splice(0).map((thread) => this.end(thread, new Error('the HTML threads were closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => candidate.ready && candidate.job === null);
      if (!thread) {
        const starting = this.threads.filter((candidate) => !candidate.ready).length;
        if (this.threads.length < this.size && starting < this.queue.length) this.start();
        return;
      }
      const job = this.queue.shift()!;
      thread.job = job;
      thread.worker.ref();
      thread.timer = setTimeout(() => {
        const seconds = Math.round(this.timeLimitMs / 100) / 10;
        void this.replace(thread, new Error(`took longer than ${seconds} s to read`));
      }, this.timeLimitMs);
      thread.worker.postMessage({ html: job.html } satisfies HtmlRequest);
    }
  }

  private start(): Thread {
    const worker = new Worker(new URL('./html-worker-bootstrap.mjs', import.meta.url), {
      workerData: { module: workerModule(import.meta.url, './html-worker').href },
      resourceLimits: { maxOldGenerationSizeMb: THREAD_MEMORY_MB },
    });
    const thread: Thread = { worker, ready: false, job: null, timer: null };
    worker.on('message', (reply: HtmlReply) => {
      if ('ready' in reply) {
        thread.ready = true;
        worker.unref();
        this.dispatch();
        return;
      }
      const job = this.finish(thread);
      if (!job) return;
      if ('article' in reply) job.resolve(reply.article);
      else job.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error) => {
      const reason = /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as { code?: string }).code}`)
        ? 'ran out of memory while being read'
        : `could not be read (${error.message})`;
      void this.replace(thread, new Error(reason));
    });
    worker.on('exit', () => {
      void this.replace(thread, new Error('could not be read (the reading thread stopped)'));
    });
    // Held open while it starts: pages are waiting for it.
    this.threads.push(thread);
    return thread;
  }

  private finish(thread: Thread): Job | null {
    const job = thread.job;
    thread.job = null;
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.worker.unref();
    return job;
  }

  /** Ends a thread that went wrong, fails its page alone, and lets the queue go on. */
  private async replace(thread: Thread, reason: Error): Promise<void> {
    const index = this.threads.indexOf(thread);
    if (index < 0) return;
    this.threads.splice(index, 1);
    // A thread that cannot even start fails the pages waiting, rather than being started forever.
    if (!thread.ready) for (const job of this.queue.splice(0)) job.reject(reason);
    await this.end(thread, reason);
    this.dispatch();
  }

  private async end(thread: Thread, reason: Error): Promise<void> {
    const job = this.finish(thread);
    job?.reject(reason);
    thread.worker.removeAllListeners('exit');
    await thread.worker.terminate();
  }
}

let shared: HtmlThreads | null = null;

/** The process's HTML threads, for loaders not given their own; started on first use. */
export function sharedHtmlThreads(): HtmlThreads {
  shared ??= new HtmlThreads();
  return shared;
}
