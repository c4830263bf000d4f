import type pg from 'pg';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { indexCorpus, type IndexReport } from '../../src/storage/postgres/index-corpus.js';
import { ANSWER_TABLES } from '../../src/storage/postgres/write-answer-tables.js';

// Every table an indexing writes rows of versions to.
const VERSIONED = ['articles', 'passages', 'story_contents', 'term_statistics', ...ANSWER_TABLES];

/** The in-memory build's corpus written to the database, two articles a batch (so batches show). */
export async function indexBuild(pool: pg.Pool, memory: MemoryBriefingService): Promise<IndexReport> {
  const knowledge = memory.knowledge();
  const { skipped } = memory.overview();
  return indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped, batchSize: 2 });
}

/** Each table's rows the serving version sees, without the versions that wrote them. */
export async function servedRows(pool: pg.Pool): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of new Set(VERSIONED)) {
    const rows = await pool.query<{ row: string }>(
      `SELECT (to_jsonb(t) - 'added_in' - 'removed_in')::text AS row FROM ${table} t, corpus_version v
        WHERE t.added_in <= v.version AND (t.removed_in IS NULL OR t.removed_in > v.version)`,
    );
    tables[table] = rows.rows.map(({ row }) => row).sort();
  }
  const version = await pool.query('SELECT passages FROM corpus_version');
  tables.corpus_version = [JSON.stringify(version.rows[0])];
  return tables;
}
