import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Article } from '../../corpus/article.js';
import { toTerms } from '../../text/normalize.js';
import { splitPassages } from '../../text/passages.js';

/** Channel of the NOTIFY sent after each indexing that changed the corpus; the payload is the new version. */
export const CORPUS_CHANNEL = 'briefbot_corpus';
// Any constant shared by every indexer of the same database: a second one waits for the first.
const INDEXER_LOCK = 1_702_170_002;
const DEFAULT_BATCH = 500;
// PostgreSQL refuses lexemes past 2047 bytes; no word of an article is that long but a stray blob's can be.
const LONGEST_TERM_BYTES = 2000;

export interface IndexReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** The corpus version after this run (unchanged when nothing changed). */
  version: number;
  passages: number;
}

export interface IndexOptions {
  /** Articles written in one transaction (default 500). */
  batchSize?: number;
}

/** sha256 of what the database keeps of an article: a change anywhere else does not rewrite it. */
export function articleHash(article: Article): string {
  const { id, title, source, published, url, paragraphs } = article;
  return createHash('sha256')
    .update(JSON.stringify([id, title, source, published, url, paragraphs]))
    .digest('hex');
}

function termsOf(text: string): string[] {
  return [...new Set(toTerms(text))].filter((term) => Buffer.byteLength(term) <= LONGEST_TERM_BYTES);
}

/**
 * Writes a loaded corpus to the database: articles new or changed (by content hash) are
 * written again with their passages, articles gone are deleted, one transaction a batch; then
 * the version is bumped and NOTIFY tells the serving processes. One indexer at a time (an
 * advisory lock, held for the whole run).
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
      const stored = new Map(
        (await client.query<{ id: string; content_hash: string }>('SELECT id, content_hash FROM articles')).rows.map(
          (row) => [row.id, row.content_hash],
        ),
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
        await inTransaction(client, () => writeArticles(client, writes.slice(start, start + batchSize)));
      }
      for (let start = 0; start < removed.length; start += batchSize) {
        await inTransaction(client, () => deleteArticles(client, removed.slice(start, start + batchSize)));
      }
      const touched = writes.length + removed.length > 0;
      const version = await inTransaction(client, async () => {
        const row = (
          await client.query<{ version: string; passages: number }>(
            touched
              ? `UPDATE corpus_version SET version = version + 1, passages = (SELECT count(*) FROM passages),
                   indexed_at = now() RETURNING version, passages`
              : 'SELECT version, passages FROM corpus_version',
          )
        ).rows[0]!;
        // Sent at commit, so a listener never reads the tables before the new version is there.
        if (touched) await client.query('SELECT pg_notify($1, $2)', [CORPUS_CHANNEL, row.version]);
        return row;
      });
      if (touched) {
        // Rows written in bulk wait in the GIN index's pending list, which every search then scans
        // (3.7 ms instead of 0.14 ms for one word on Reuters): merge it, and refresh the planner's statistics.
        await client.query("SELECT gin_clean_pending_list('passages_terms'::regclass)");
        await client.query('ANALYZE passages, articles, term_statistics');
      }
      return { added, changed, removed, version: Number(version.version), passages: version.passages };
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

/** Takes the articles' passages out of the term statistics, before they are deleted or replaced. */
async function uncountTerms(client: PoolClient, ids: readonly string[]): Promise<void> {
  await client.query(
    `UPDATE term_statistics AS statistics SET passages = statistics.passages - counted.passages
       FROM (SELECT lexeme AS term, count(*)::int AS passages
               FROM passages, unnest(terms) WHERE article_id = ANY($1::text[]) GROUP BY lexeme) AS counted
      WHERE statistics.term = counted.term`,
    [ids],
  );
}

async function deleteArticles(client: PoolClient, ids: readonly string[]): Promise<void> {
  await uncountTerms(client, ids);
  await client.query('DELETE FROM articles WHERE id = ANY($1::text[])', [ids]);
  await client.query('DELETE FROM term_statistics WHERE passages = 0');
}

async function writeArticles(
  client: PoolClient,
  writes: ReadonlyArray<{ article: Article; hash: string }>,
): Promise<void> {
  const ids = writes.map(({ article }) => article.id);
  await uncountTerms(client, ids);
  await client.query('DELETE FROM passages WHERE article_id = ANY($1::text[])', [ids]);
  await client.query(
    `INSERT INTO articles (id, title, source, published, url, content_hash, title_terms)
     SELECT id, title, source, published, url, content_hash, string_to_array(title_terms, ' ')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS given (id, title, source, published, url, content_hash, title_terms)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source,
       published = excluded.published, url = excluded.url, content_hash = excluded.content_hash,
       title_terms = excluded.title_terms`,
    [
      ids,
      writes.map(({ article }) => article.title),
      writes.map(({ article }) => article.source),
      writes.map(({ article }) => article.published),
      writes.map(({ article }) => article.url),
      writes.map(({ hash }) => hash),
      // Terms never hold a space (toTerms splits on it): a space-joined list passes a list of lists.
      writes.map(({ article }) => termsOf(article.title).join(' ')),
    ],
  );
  const passages = writes.flatMap(({ article }) => splitPassages(article));
  await client.query(
    `INSERT INTO passages (article_id, position, paragraph, text, terms)
     SELECT article_id, position, paragraph, text, array_to_tsvector(string_to_array(terms, ' '))
       FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[])
         AS given (article_id, position, paragraph, text, terms)`,
    [
      passages.map((passage) => passage.articleId),
      passages.map((passage) => passage.position),
      passages.map((passage) => passage.paragraph),
      passages.map((passage) => passage.text),
      passages.map((passage) => termsOf(passage.text).join(' ')),
    ],
  );
  await client.query(
    `INSERT INTO term_statistics (term, passages)
     SELECT lexeme, count(*)::int FROM passages, unnest(terms) WHERE article_id = ANY($1::text[]) GROUP BY lexeme
     ON CONFLICT (term) DO UPDATE SET passages = term_statistics.passages + excluded.passages`,
    [ids],
  );
  await client.query('DELETE FROM term_statistics WHERE passages = 0');
}
