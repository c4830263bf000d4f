import type { CorpusLoad } from '../corpus/article.js';
import type { LoadOptions, PreviousLoad } from '../corpus/load-corpus.js';
import type { AnswerStore } from './answer-store.js';
import type { SnapshotEvent } from './snapshot-saver.js';

export interface ProgressEvent {
  stage: 'load' | 'extract';
  done: number;
  total: number;
}

/** What the service reports about its own work; the composition root logs it. */
export type ServiceEvent =
  | { kind: 'snapshot-loaded'; articles: number }
  | { kind: 'snapshot-unused'; reason: string; path?: string; movedTo?: string }
  | { kind: 'snapshot-temporary-files-removed'; files: string[] }
  | SnapshotEvent;

export interface BriefingServiceOptions {
  corpusDir: string;
  /** Folders outside the corpus folder that links inside it may lead into. */
  extraRoots?: readonly string[];
  /** Where snapshots live; without it every start builds cold and nothing is written. */
  cacheDir?: string;
  onProgress?: (event: ProgressEvent) => void;
  onEvent?: (event: ServiceEvent) => void;
  /** Replaces loadCorpus, for tests that make a reload fail or slow. */
  load?: (
    corpusDir: string,
    previous?: PreviousLoad,
    signal?: AbortSignal,
    walk?: LoadOptions['walk'],
  ) => Promise<CorpusLoad>;
  /** Worker threads for extraction (default: one a core; 0 extracts on this thread, without a budget). */
  workers?: number;
  /** Longest time one article's extraction may take before its file is skipped (default 20 s). */
  extractionBudgetMs?: number;
  /**
   * Quiet time after a reload before the snapshot is written (default 10 s): taking it holds
   * the event loop for a moment, so a burst of reloads writes once, after the reply went out.
   */
  snapshotDelayMs?: number;
  /**
   * An engine shared by many processes (PostgreSQL, src/storage/postgres/): the commands it
   * names and autocomplete are read from it; the rest from the build in memory.
   */
  answerStore?: AnswerStore;
}
