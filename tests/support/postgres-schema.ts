import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { createPool, quoteIdentifier } from '../../src/storage/postgres/pool.js';

// A real PostgreSQL, never a mock: TEST_DATABASE_URL, else the machine's own server.
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether the test server answers; the PostgreSQL tests skip, saying so, when it does not. In CI
 * (`CI=true`, which .ci/run sets) a missing server fails the run instead: skipping there would
 * pass a build whose database code was never run.
 */
export async function isDatabaseReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`CI requires PostgreSQL at TEST_DATABASE_URL: ${(error as Error).message}`);
    }
    return false;
  }
}

/** A schema of its own for one test file, dropped by `drop`; pools made by `pool` look there first. */
export async function createTestSchema(): Promise<{
  name: string;
  pool: (max?: number) => pg.Pool;
  drop: () => Promise<void>;
}> {
  const name = `briefbot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${quoteIdentifier(name)}`);
  await admin.end();
  const pools: pg.Pool[] = [];
  return {
    name,
    pool: (max) => {
      const made = createPool({ connectionString: testDatabaseUrl, schema: name, max });
      pools.push(made);
      return made;
    },
    async drop() {
      await Promise.all(pools.map((made) => made.end().catch(() => undefined)));
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(name)} CASCADE`);
      await cleanup.end();
    },
  };
}

/** The database as the migrations before `first` (a file's number, "010") left it: one older code wrote. */
export async function migrateBefore(pool: pg.Pool, first: string): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-migrations-'));
  try {
    const migrations = 'src/storage/postgres/migrations';
    for (const name of readdirSync(migrations).filter((file) => file < first))
      cpSync(path.join(migrations, name), path.join(folder, name));
    await migrate(pool, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
