import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../src/corpus/article.js';
import { recordsOverFile, type DigestFile } from '../../../src/digest/digest-records.js';
import type { DigestSource } from '../../../src/digest/digest-source.js';
import { openDigestStore, type DigestStore } from '../../../src/digest/digest-store.js';
import type { DigestLogger } from '../../../src/digest/logger.js';
import { startDigestScheduler, type DigestScheduler } from '../../../src/digest/scheduler.js';
import { emptyKnowledge, makeArticle, storyBody } from './articles.js';
import { FakeChannels } from './fake-poster.js';
import { ManualClock } from './manual-clock.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: object;
  message: string;
}

export function recordingLogger(lines: LogLine[] = []): DigestLogger & { lines: LogLine[] } {
  const at = (level: LogLine['level']) => (fields: object, message: string) =>
    void lines.push({ level, fields, message });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A corpus that tests grow while the bot runs. */
export class GrowingCorpus implements DigestSource {
  readonly articles: Article[] = [];
  private count = 0;

  add(title?: string, published: string | null = '2024-05-01'): Article {
    this.count += 1;
    const article = makeArticle({
      id: `story-${this.count}`,
      title: title ?? `Harbour story number ${this.count}`,
      published,
      paragraphs: storyBody(`Harbour${this.count}`),
    });
    this.articles.push(article);
    return article;
  }

  listArticles(): Article[] {
    return [...this.articles];
  }

  knowledge() {
    return emptyKnowledge;
  }

  readStories(articles: readonly Article[]) {
    return { articles: [...articles], knowledge: emptyKnowledge };
  }
}

/** A store whose writes start failing at `crash()`, as if the process died there. */
export function crashableStore(inner: DigestStore): { store: DigestStore; crash(): void } {
  let dead = false;
  const file: DigestFile & { path: string } = {
    path: inner.path,
    state: () => inner.state(),
    guild: (guildId) => inner.guild(guildId),
    update(change) {
      if (dead) throw new Error('the process crashed');
      return inner.update(change);
    },
  };
  return { store: { ...file, ...recordsOverFile(file) }, crash: () => void (dead = true) };
}

/** One bot "process": a store opened from disk, a scheduler, the shared clock and channels. */
export class DigestHarness {
  readonly directory = mkdtempSync(join(tmpdir(), 'briefbot-digest-'));
  readonly storePath = join(this.directory, 'digest-store.json');
  readonly corpus = new GrowingCorpus();
  readonly logger = recordingLogger();
  readonly clock: ManualClock;
  readonly channels: FakeChannels;
  store!: DigestStore;
  scheduler: DigestScheduler | null = null;

  constructor(start: string) {
    this.clock = new ManualClock(start, async () => {
      await this.scheduler?.idle();
    });
    this.channels = new FakeChannels(() => this.clock.now());
  }

  openStore(): DigestStore {
    this.store = openDigestStore({ path: this.storePath, logger: this.logger, now: () => this.clock.now() });
    return this.store;
  }

  /** Starts the bot: opens the store from disk and starts the scheduler, which checks at once. */
  async start(store?: DigestStore): Promise<DigestScheduler> {
    const scheduler = startDigestScheduler({
      poster: this.channels,
      service: this.corpus,
      store: store ?? this.openStore(),
      clock: this.clock,
      logger: this.logger,
    });
    this.scheduler = scheduler;
    await scheduler.idle();
    return scheduler;
  }

  async stop(): Promise<void> {
    await this.scheduler?.stop();
    this.scheduler = null;
  }

  /** The end of a test: stopped, and its store folder removed (stop alone is a restart). */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }

  errors(): LogLine[] {
    return this.logger.lines.filter((line) => line.level === 'error');
  }
}

/** A harness factory for one test file: every harness it makes is stopped after each test. */
export function trackHarnesses(): (start: string) => DigestHarness {
  const created: DigestHarness[] = [];
  afterEach(async () => {
    for (const harness of created.splice(0)) await harness.dispose();
  });
  return (start) => {
    const harness = new DigestHarness(start);
    created.push(harness);
    return harness;
  };
}
