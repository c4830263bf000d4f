import pg from 'pg';

export interface DatabaseOptions {
  /** DATABASE_URL. */
  connectionString: string;
  /** A schema to work in instead of the user's default (tests use one a run). */
  schema?: string;
  /** Connections at most; a serving process needs few (default 4). */
  max?: number;
  /**
   * An idle connection the server dropped (a restart, a failover): the pool discards it and the
   * next query connects again. Without a listener node-postgres would throw it and end the process.
   */
  onIdleError?: (error: Error) => void;
}

/** Double-quoted, so any schema name is taken literally. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A pool of connections; with `schema`, every connection looks there first. */
export function createPool(options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 4,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  pool.on('error', options.onIdleError ?? (() => undefined));
  return pool;
}
