import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Article } from '../../corpus/article.js';
import { fingerprintOf } from '../../corpus/duplicates.js';
import { toTerms } from '../../text/normalize.js';
import { splitPassages } from '../../text/passages.js';

// PostgreSQL refuses lexemes past 2047 bytes; no word of an article is that long but a stray blob's can be.
const LONGEST_TERM_BYTES = 2000;

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

/** Marks the articles' current rows (and their passages) as gone from `version` on. */
export async function retire(client: PoolClient, ids: readonly string[], version: number): Promise<void> {
  await client.query('UPDATE articles SET removed_in = $2 WHERE id = ANY($1::text[]) AND removed_in IS NULL', [
    ids,
    version,
  ]);
  await client.query('UPDATE passages SET removed_in = $2 WHERE article_id = ANY($1::text[]) AND removed_in IS NULL', [
    ids,
    version,
  ]);
}

function shingleBytes(shingles: ReadonlySet<number>): Buffer {
  return Buffer.from(Uint32Array.from(shingles).buffer);
}

/**
 * Writes each article again as a row of `version` with its passages (a tsvector of the
 * project's own terms) and its copy fingerprint, retiring the rows it had.
 */
export async function writeArticles(
  client: PoolClient,
  writes: ReadonlyArray<{ article: Article; hash: string }>,
  version: number,
): Promise<void> {
  await retire(
    client,
    writes.map(({ article }) => article.id),
    version,
  );
  const fingerprints = writes.map(({ article }) => fingerprintOf(article));
  await client.query(
    `INSERT INTO articles (id, added_in, title, source, published, url, content_hash, title_terms, lead,
                           body_words, shingles, title_words)
     SELECT id, $1, title, source, published, url, content_hash, string_to_array(title_terms, ' '), lead,
            body_words, shingles, string_to_array(title_words, ' ')
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::int[], $11::bytea[], $12::text[])
         AS given (id, title, source, published, url, content_hash, title_terms, lead, body_words, shingles, title_words)`,
    [
      version,
      writes.map(({ article }) => article.id),
      writes.map(({ article }) => article.title),
      writes.map(({ article }) => article.source),
      writes.map(({ article }) => article.published),
      writes.map(({ article }) => article.url),
      writes.map(({ hash }) => hash),
      // Terms never hold a space (toTerms splits on it): a space-joined list passes a list of lists.
      writes.map(({ article }) => termsOf(article.title).join(' ')),
      writes.map(({ article }) => `${article.title}\n${article.paragraphs[0] ?? ''}`),
      fingerprints.map((fingerprint) => fingerprint.words),
      fingerprints.map((fingerprint) => shingleBytes(fingerprint.shingles)),
      // Title words are normalised words: none holds a space either.
      fingerprints.map((fingerprint) => [...fingerprint.titleWords].join(' ')),
    ],
  );
  const passages = writes.flatMap(({ article }) => splitPassages(article));
  await client.query(
    `INSERT INTO passages (article_id, added_in, position, paragraph, text, terms)
     SELECT article_id, $1, position, paragraph, text, array_to_tsvector(string_to_array(terms, ' '))
       FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[])
         AS given (article_id, position, paragraph, text, terms)`,
    [
      version,
      passages.map((passage) => passage.articleId),
      passages.map((passage) => passage.position),
      passages.map((passage) => passage.paragraph),
      passages.map((passage) => passage.text),
      passages.map((passage) => termsOf(passage.text).join(' ')),
    ],
  );
}
