import type { Pool, PoolClient } from 'pg';

/** A connection inside a read that sees one corpus version, and that version. */
export interface PinnedRead {
  db: PoolClient;
  /** corpus_version as text (a bigint): a parameter of every query of the read. */
  version: string;
}

/**
 * Runs `work` in one REPEATABLE READ, READ ONLY transaction that reads the current corpus
 * version first: every query of it sees the database as of that moment, so an indexer
 * publishing meanwhile (or deleting the rows of the version before) changes nothing here.
 */
export async function readPinned<T>(pool: Pool, work: (read: PinnedRead) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  let healthy = true;
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const version = (await db.query<{ version: string }>('SELECT version FROM corpus_version')).rows[0]!.version;
      return await work({ db, version });
    } finally {
      await db.query('COMMIT').catch(() => (healthy = false));
    }
  } catch (error) {
    // A connection that failed mid-transaction is not given back to others.
    healthy = false;
    throw error;
  } finally {
    db.release(!healthy);
  }
}

/** The rows of `version` are visible to a reader pinned to it. */
export function visibleAt(alias: string, version: string): string {
  return `${alias}.added_in <= ${version} AND (${alias}.removed_in IS NULL OR ${alias}.removed_in > ${version})`;
}
