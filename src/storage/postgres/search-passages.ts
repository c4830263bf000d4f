import type { Pool } from 'pg';
import { readPinned, visibleAt, type PinnedRead } from './pinned-read.js';
import { citeArticle } from '../../answer/citation.js';
import type { SearchAnswer } from '../../answer/types.js';
import type { Article } from '../../corpus/article.js';
import {
  bestHits,
  CANDIDATES,
  planQuery,
  queryWords,
  scorePassage,
  type PassageHit,
  type QueryPlan,
} from '../../search/rank-passages.js';

/** Fewer than the in-memory engine's wide list: each candidate is a row sent over the wire. */
const WIDE_CANDIDATES = 400;

interface CandidateRow {
  article_id: string;
  position: number;
  paragraph: number;
  text: string;
  /** Which of the plan's known words the passage holds, and which its title holds (as booleans). */
  in_passage: boolean[];
  in_title: boolean[];
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

/** A hit with what a citation needs of its article. */
export interface StoredHit extends PassageHit {
  article: Pick<Article, 'id' | 'title' | 'source' | 'published' | 'url'>;
}

/** A word as a tsquery lexeme, taken as it is: the indexer stored the project's own terms. */
function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * /search over PostgreSQL: candidates from the GIN index (every selective word, then any of
 * them when that finds too few), at most a few hundred rows, ordered by the weights of the
 * words they hold; then the same ranking as the in-memory engine (src/search/rank-passages.ts).
 */
export class PostgresPassageSearch {
  constructor(private readonly pool: Pool) {}

  /** The best `limit` passages of the current version. */
  async search(query: string, limit = 10): Promise<StoredHit[]> {
    return readPinned(this.pool, (read) => this.searchPinned(read, query, limit));
  }

  /** The same inside a read pinned to one version (the answer store's, for a whole question). */
  async searchPinned(read: PinnedRead, query: string, limit = 10): Promise<StoredHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const statistics = await read.db.query<{ term: string | null; passages: number }>(
      `SELECT term, passages FROM term_statistics t WHERE ${visibleAt('t', '$2')} AND term = ANY($1::text[])
       UNION ALL SELECT NULL, passages FROM corpus_version`,
      [words, read.version],
    );
    const frequencies = new Map(statistics.rows.map((row) => [row.term, row.passages]));
    const plan = planQuery(query, (word) => frequencies.get(word), frequencies.get(null) ?? 0, words);
    if (!plan) return [];
    const found = new Map<string, CandidateRow>();
    const every = plan.finding.map(lexeme).join(' & ');
    const limitRows = plan.wide ? WIDE_CANDIDATES : CANDIDATES;
    for (const row of await this.candidates(read, plan, every, limitRows))
      found.set(`${row.article_id}#${row.position}`, row);
    if (found.size < limit && plan.finding.length > 1) {
      const any = plan.finding.map(lexeme).join(' | ');
      for (const row of await this.candidates(read, plan, any, limitRows))
        found.set(`${row.article_id}#${row.position}`, row);
    }
    const hits: StoredHit[] = [];
    for (const row of found.values()) {
      const passage = { articleId: row.article_id, paragraph: row.paragraph, position: row.position, text: row.text };
      const score = scorePassage(
        plan,
        passage,
        (index) => row.in_passage[index] === true,
        (index) => row.in_title[index] === true,
      );
      if (score === null) continue;
      const article = {
        id: row.article_id,
        title: row.title,
        source: row.source,
        published: row.published,
        url: row.url,
      };
      hits.push({ passage, score, article });
    }
    return bestHits(hits, limit) as StoredHit[];
  }

  /** The best `limit` answers in the in-memory engine's shape (copies of one story are not folded here). */
  async answer(query: string, limit = 10): Promise<SearchAnswer[]> {
    return (await this.search(query, limit)).map(({ passage, article }) => ({
      text: passage.text,
      citations: [citeArticle(article as Article, passage.text)],
    }));
  }

  /**
   * Rows matching `tsquery`, the ones holding the heaviest words first, at most `limit`. Only
   * keys and a weight are computed over every match; text and flags for the chosen few.
   */
  private async candidates(read: PinnedRead, plan: QueryPlan, tsquery: string, limit: number): Promise<CandidateRow[]> {
    // Parameters: $1 the tsquery, $2 the limit, $3 the version, then each known word as a tsquery,
    // its weight and its term.
    const parameters: unknown[] = [tsquery, limit, read.version];
    const word: string[] = [];
    const weight: string[] = [];
    const term: string[] = [];
    for (const known of plan.known) {
      parameters.push(lexeme(known.word), known.weight, known.word);
      word.push(`$${parameters.length - 2}::tsquery`);
      weight.push(`$${parameters.length - 1}::float8`);
      term.push(`$${parameters.length}::text`);
    }
    const weighing = word.map((query, index) => `CASE WHEN terms @@ ${query} THEN ${weight[index]} ELSE 0 END`);
    const result = await read.db.query<CandidateRow>(
      `WITH chosen AS (
         SELECT article_id, added_in, position FROM passages WHERE terms @@ $1::tsquery AND ${visibleAt('passages', '$3')}
          ORDER BY ${weighing.join(' + ')} DESC, article_id, position LIMIT $2
       )
       SELECT p.article_id, p.position, p.paragraph, p.text, a.title, a.source, a.published, a.url,
              ARRAY[${word.map((query) => `p.terms @@ ${query}`).join(', ')}] AS in_passage,
              ARRAY[${term.map((value) => `${value} = ANY(a.title_terms)`).join(', ')}] AS in_title
         FROM chosen JOIN passages p USING (article_id, added_in, position)
         JOIN articles a ON a.id = p.article_id AND a.added_in = p.added_in`,
      parameters,
    );
    return result.rows;
  }
}
