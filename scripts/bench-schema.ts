import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool, quoteIdentifier } from '../src/storage/postgres/pool.js';

/** A schema of the bench's own, so a run never touches the project's tables; `drop` removes it and the pool. */
export async function createBenchSchema(
  connectionString: string,
): Promise<{ schema: string; pool: pg.Pool; drop: () => Promise<void> }> {
  const schema = `briefbot_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
  const pool = createPool({ connectionString, schema });
  const drop = async (): Promise<void> => {
    await pool.end();
    await admin.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
    await admin.end();
  };
  return { schema, pool, drop };
}
