import pg from 'pg';
import { expect, it } from 'vitest';
import { createPool } from '../../src/storage/postgres/pool.js';
import { isDatabaseReachable, testDatabaseUrl } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable) console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the pool test is skipped');

it.skipIf(!reachable)(
  'an idle connection the server ends is reported, not thrown, and the next query reconnects',
  async () => {
    const lost: Error[] = [];
    const pool = createPool({ connectionString: testDatabaseUrl, max: 1, onIdleError: (error) => lost.push(error) });
    try {
      const { pid } = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!;
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await admin.end();
      await expect.poll(() => lost.length).toBe(1);
      const again = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!;
      expect(again.pid).not.toBe(pid);
    } finally {
      await pool.end();
    }
  },
);
