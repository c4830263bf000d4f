import type { Pool, PoolClient } from 'pg';
import type { Article } from '../../corpus/article.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { clearUnpublished, publish } from './publish-version.js';
import type { WrittenRows } from './write-changed-rows.js';
import { articleHash, retire, writeArticles } from './write-articles.js';
import { writeDerivedTables, type FollowedTables } from './write-derived-tables.js';
import type { SkippedFile } from '../../corpus/article.js';

export { CORPUS_CHANNEL } from './publish-version.js';
// Any constant shared by every indexer of the same database: a second one waits for the first.
const INDEXER_LOCK = 1_702_170_002;
const DEFAULT_BATCH = 500;
// The planner's statistics are refreshed when at least one article in this many changed.
const ANALYZE_SHARE = 20;

export interface IndexReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** The corpus version after this run (unchanged when nothing changed). */
  version: number;
  passages: number;
  /** Rows of the answer and story tables written for the new version, by table (none when nothing changed). */
  written: Record<string, number>;
  /** The derived tables written by following the articles the run touched, not from the whole corpus. */
  followed: FollowedTables;
}

export interface IndexOptions {
  /**
   * The code that made `knowledge` (the snapshot's code version): answer tables another code
   * wrote are written again, even when no article changed.
   */
  codeVersion?: string;
  /** Articles written in one transaction (default 500). */
  batchSize?: number;
  /**
   * The extractions and people of these articles: with it, the answer tables (/who's,
   * autocomplete's, /when's, /quote's) and the stories are written for the new version too.
   */
  knowledge?: Knowledge;
  /** The files the loader skipped, which /sources lists. */
  skipped?: SkippedFile[];
  /** Called between batches, for a test that stops an indexer midway. */
  afterBatch?: (written: number) => Promise<void> | void;
}

/**
 * Writes a loaded corpus to the database as the next version: articles new or changed (by
 * content hash) are written again with their passages, articles gone are marked removed, one
 * transaction a batch, all invisible to readers until the last transaction bumps the version
 * (and sends NOTIFY). One indexer at a time (an advisory lock, held for the whole run); a run
 * killed midway leaves the old version serving, and the next run clears what it left.
 */
export async function indexCorpus(
  pool: Pool,
  articles: readonly Article[],
  options: IndexOptions = {},
): Promise<IndexReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  // A later article with the same id replaces an earlier one, as in the in-memory index.
  const loaded = new Map(articles.map((article) => [article.id, article]));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [INDEXER_LOCK]);
    try {
      const current = Number(
        (await client.query<{ version: string }>('SELECT version FROM corpus_version')).rows[0]!.version,
      );
      const next = current + 1;
      await inTransaction(client, () => clearUnpublished(client, current));
      const stored = new Map(
        (
          await client.query<{ id: string; content_hash: string }>(
            'SELECT id, content_hash FROM articles WHERE removed_in IS NULL',
          )
        ).rows.map((row) => [row.id, row.content_hash]),
      );
      const added: string[] = [];
      const changed: string[] = [];
      const writes: Array<{ article: Article; hash: string }> = [];
      for (const article of loaded.values()) {
        const hash = articleHash(article);
        const before = stored.get(article.id);
        if (before === hash) continue;
        (before === undefined ? added : changed).push(article.id);
        writes.push({ article, hash });
      }
      const removed = [...stored.keys()].filter((id) => !loaded.has(id));
      for (let start = 0; start < writes.length; start += batchSize) {
        await inTransaction(client, () => writeArticles(client, writes.slice(start, start + batchSize), next));
        await options.afterBatch?.(start + batchSize);
      }
      for (let start = 0; start < removed.length; start += batchSize) {
        await inTransaction(client, () => retire(client, removed.slice(start, start + batchSize), next));
      }
      const tablesMissing =
        options.knowledge !== undefined &&
        ((await client.query("SELECT 1 FROM answer_totals WHERE removed_in IS NULL AND name = 'quote_entries'"))
          .rowCount === 0 ||
          (await client.query('SELECT 1 FROM corpus_overviews WHERE removed_in IS NULL')).rowCount === 0);
      const storedCode = (
        await client.query<{ code_version: string | null }>('SELECT code_version FROM corpus_version')
      ).rows[0]!.code_version;
      const otherCode =
        options.knowledge !== undefined && options.codeVersion !== undefined && storedCode !== options.codeVersion;
      const touched = writes.length + removed.length > 0 || tablesMissing || otherCode;
      if (!touched) {
        const row = (await client.query<{ passages: number }>('SELECT passages FROM corpus_version')).rows[0]!;
        return { added, changed, removed, version: current, passages: row.passages, written: {}, followed: [] };
      }
      const written: WrittenRows = new Map();
      const { knowledge } = options;
      // The derived tables and the publishing in one transaction: a run killed while writing
      // them leaves nothing of them behind.
      const { passages, followed } = await inTransaction(client, async () => {
        const followed = knowledge
          ? await writeDerivedTables(
              client,
              next,
              {
                knowledge,
                articles: [...loaded.values()],
                skipped: options.skipped ?? [],
                rewritten: writes.map(({ article }) => article.id),
                whole: tablesMissing || otherCode,
              },
              written,
            )
          : [];
        return { passages: await publish(client, next, options.codeVersion), followed };
      });
      // Rows written in bulk wait in the GIN index's pending list, which every search then scans
      // (3.7 ms instead of 0.14 ms for one word on Reuters): merge it, and refresh the planner's
      // statistics when a good part of the corpus changed (a few articles do not move them).
      await client.query("SELECT gin_clean_pending_list('passages_terms'::regclass)");
      if ((writes.length + removed.length) * ANALYZE_SHARE >= stored.size)
        await client.query('ANALYZE passages, articles, term_statistics');
      return { added, changed, removed, version: next, passages, written: Object.fromEntries(written), followed };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [INDEXER_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
