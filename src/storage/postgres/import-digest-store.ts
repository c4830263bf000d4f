import type { Pool } from 'pg';
import type { DigestStoreState } from '../../digest/store-state.js';
import { NUMBERING_LOCK } from './postgres-digest-records.js';

export type DigestImport = { imported: true; guilds: number; articles: number } | { imported: false; reason: string };

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Moves a one-process bot's digest (the JSON store) into the database on the switch to
 * DATABASE_URL, so its servers keep their schedules and are not sent the whole corpus again:
 * every server's record as it is (a digest pending in it is resumed by whichever process
 * claims it first, as after a restart) and the ledger's numbers, the sequence continuing
 * after them. Done once: if the database holds digest records already, nothing is imported.
 */
export async function importDigestStore(pool: Pool, state: DigestStoreState): Promise<DigestImport> {
  const db = await pool.connect();
  let healthy = true;
  try {
    await db.query('BEGIN');
    await db.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
    const present = await db.query<{ present: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM digest_guilds) OR EXISTS (SELECT 1 FROM digest_articles) AS present',
    );
    if (present.rows[0]!.present) {
      await db.query('ROLLBACK');
      return { imported: false, reason: 'the database holds digest records already' };
    }
    const guilds = Object.entries(state.guilds);
    for (const [guildId, guild] of guilds) {
      await db.query(
        `INSERT INTO digest_guilds (guild_id, settings, high_water, last_slot, last_digest_at, pending, problem)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          guildId,
          json(guild.settings),
          guild.highWater,
          guild.lastSlot,
          guild.lastDigestAt,
          json(guild.pending),
          json(guild.problem),
        ],
      );
    }
    const entries = Object.entries(state.ledger.entries);
    await db.query(
      `INSERT INTO digest_articles (article_id, version, number)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`,
      [entries.map(([id]) => id), entries.map(([, entry]) => entry[0]), entries.map(([, entry]) => entry[1])],
    );
    // The next article is numbered after every number the file gave (or any it holds).
    const last = entries.reduce((highest, [, entry]) => Math.max(highest, entry[1]), state.ledger.next - 1);
    if (last > 0) await db.query("SELECT setval('digest_article_numbers', $1)", [last]);
    await db.query('COMMIT');
    return { imported: true, guilds: guilds.length, articles: entries.length };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => (healthy = false));
    throw error;
  } finally {
    db.release(!healthy);
  }
}
