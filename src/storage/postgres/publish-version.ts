import type { PoolClient } from 'pg';
import { ANSWER_TABLES } from './write-answer-tables.js';
import { clearUnpublishedStories, deleteReplacedStories } from './write-story-tables.js';

/** Channel of the NOTIFY sent after each indexing that changed the corpus; the payload is the new version. */
export const CORPUS_CHANNEL = 'briefbot_corpus';

/** What an indexer killed before publishing left: rows of a version that never became current. */
export async function clearUnpublished(client: PoolClient, current: number): Promise<void> {
  await client.query('DELETE FROM articles WHERE added_in > $1', [current]);
  await client.query('UPDATE articles SET removed_in = NULL WHERE removed_in > $1', [current]);
  await client.query('UPDATE passages SET removed_in = NULL WHERE removed_in > $1', [current]);
  for (const table of ['term_statistics', ...ANSWER_TABLES]) {
    await client.query(`DELETE FROM ${table} WHERE added_in > $1`, [current]);
    await client.query(`UPDATE ${table} SET removed_in = NULL WHERE removed_in > $1`, [current]);
  }
  await clearUnpublishedStories(client, current);
}

/**
 * Makes `version` the one readers see, in one transaction: its term statistics (moved by the
 * passages it added and removed), the bump and NOTIFY (sent at commit), then the rows no
 * reader will pin again are deleted.
 */
export async function publish(client: PoolClient, version: number, codeVersion: string | undefined): Promise<number> {
  await client.query(
    `WITH delta AS (
       SELECT lexeme AS term, sum(change)::int AS change
         FROM (SELECT lexeme, 1 AS change FROM passages p, unnest(p.terms) WHERE p.added_in = $1
               UNION ALL
               SELECT lexeme, -1 FROM passages p, unnest(p.terms) WHERE p.removed_in = $1) AS counted
        GROUP BY lexeme HAVING sum(change) <> 0
     ), replaced AS (
       UPDATE term_statistics t SET removed_in = $1 FROM delta d
        WHERE t.term = d.term AND t.removed_in IS NULL
        RETURNING t.term, t.passages
     )
     INSERT INTO term_statistics (added_in, term, passages)
     SELECT $1, d.term, coalesce(r.passages, 0) + d.change FROM delta d LEFT JOIN replaced r USING (term)
      WHERE coalesce(r.passages, 0) + d.change > 0`,
    [version],
  );
  const { passages } = (
    await client.query<{ passages: number }>(
      `UPDATE corpus_version SET version = $1, indexed_at = now(), code_version = coalesce($2, code_version),
         passages = passages + (SELECT count(*) FROM passages WHERE added_in = $1)
                             - (SELECT count(*) FROM passages WHERE removed_in = $1)
       RETURNING passages`,
      [version, codeVersion ?? null],
    )
  ).rows[0]!;
  await client.query('SELECT pg_notify($1, $2)', [CORPUS_CHANNEL, String(version)]);
  // A reader pinned to the version before, in a transaction already open, still sees these rows.
  await client.query('DELETE FROM articles WHERE removed_in <= $1', [version]);
  await deleteReplacedStories(client, version);
  for (const table of ['term_statistics', ...ANSWER_TABLES])
    await client.query(`DELETE FROM ${table} WHERE removed_in <= $1`, [version]);
  return passages;
}
