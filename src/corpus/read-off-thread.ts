import { Worker } from 'node:worker_threads';
import type { Article, SkippedFile } from './article.js';
import type { FileOptions } from './load-corpus.js';
import type { ReadReply, ReadRequest } from './read-worker.js';
import { workerModule } from '../worker-module.js';

type Result = Article[] | SkippedFile;

interface Job {
  request: Omit<ReadRequest, 'id'>;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that reads and parses large files for one load, one at a time. Parsing a
 * 10 MB page held the serving thread for about a second (long enough for a process manager to
 * find it unresponsive to SIGTERM); there it costs the thread nothing. A file whose reading
 * takes longer than the budget is skipped with the reason: the worker is stopped and the next
 * file gets a new one. Started on first use, ended by `close`.
 */
export class FileReaderThread {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private current: { job: Job; id: number; timer: NodeJS.Timeout | null } | null = null;
  private nextId = 0;
  // The worker has loaded its modules: a file's budget runs from then, not from its start.
  private ready = false;

  constructor(
    private readonly budgetMs: number,
    private readonly signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', () => this.abandon(signal.reason as Error), { once: true });
  }

  load(absolute: string, relative: string, options: FileOptions): Promise<Result> {
    this.signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { absolute, relative, options }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.abandon(new Error('the reading was stopped'));
  }

  private pump(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    this.current = { job, id, timer: null };
    if (this.ready) this.armBudget();
    worker.postMessage({ id, ...job.request } satisfies ReadRequest);
  }

  private armBudget(): void {
    const current = this.current;
    if (!current || current.timer) return;
    current.timer = setTimeout(() => {
      // After this turn's messages: a reply already waiting in the queue is not thrown away.
      setImmediate(() => {
        if (this.current === current) this.finish(`reading took over ${this.budgetMs / 1000} s (the file is skipped)`);
      });
    }, this.budgetMs);
  }

  /** Ends the file being read with `reason` (the worker is stopped) and goes on with the next. */
  private finish(reason: string): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    if (current.timer) clearTimeout(current.timer);
    this.stopWorker();
    current.job.resolve({ path: current.job.request.relative, reason });
    this.pump();
  }

  private abandon(error: Error): void {
    const current = this.current;
    this.current = null;
    if (current) {
      if (current.timer) clearTimeout(current.timer);
      current.job.reject(error);
    }
    for (const job of this.queue.splice(0)) job.reject(error);
    this.stopWorker();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    void worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../knowledge/worker-bootstrap.mjs', import.meta.url), {
      workerData: { module: workerModule(import.meta.url, './read-worker').href },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    worker.on('message', (reply: ReadReply) => {
      if (this.worker !== worker) return;
      if ('ready' in reply) {
        this.ready = true;
        this.armBudget();
        return;
      }
      const current = this.current;
      if (!current || current.id !== reply.id) return;
      this.current = null;
      if (current.timer) clearTimeout(current.timer);
      current.job.resolve(reply.result);
      this.pump();
    });
    const failed = (reason: string): void => {
      if (this.worker !== worker) return;
      this.finish(reason);
    };
    worker.on('error', (error: Error & { code?: string }) =>
      failed(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'reading ran out of memory (the file is skipped)'
          : `cannot be read (${error.message})`,
      ),
    );
    worker.on('exit', () => failed('cannot be read (the reading thread stopped)'));
    this.worker = worker;
    return worker;
  }
}
