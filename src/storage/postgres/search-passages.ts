import type { Pool } from 'pg';
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

  async search(query: string, limit = 10): Promise<StoredHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const statistics = await this.pool.query<{ term: string | null; passages: number }>(
      `SELECT term, passages FROM term_statistics WHERE term = ANY($1::text[])
       UNION ALL SELECT NULL, passages FROM corpus_version`,
      [words],
    );
    const frequencies = new Map(statistics.rows.map((row) => [row.term, row.passages]));
    const plan = planQuery(query, (word) => frequencies.get(word), frequencies.get(null) ?? 0, words);
    if (!plan) return [];
    const found = new Map<string, CandidateRow>();
    const every = plan.finding.map(lexeme).join(' & ');
    const limitRows = plan.wide ? WIDE_CANDIDATES : CANDIDATES;
    for (const row of await this.candidates(plan, every, limitRows))
      found.set(`${row.article_id}#${row.position}`, row);
    if (found.size < limit && plan.finding.length > 1) {
      const any = plan.finding.map(lexeme).join(' | ');
      for (const row of await this.candidates(plan, any, limitRows))
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

  /** Rows matching `tsquery`, the ones holding the heaviest words first, at most `limit`. */
  private async candidates(plan: QueryPlan, tsquery: string, limit: number): Promise<CandidateRow[]> {
    const known = plan.known.map((term) => term.word);
    const result = await this.pool.query<CandidateRow>(
      `WITH query AS (
         SELECT array_agg(word::tsquery ORDER BY ordinality) AS words, array_agg(weight ORDER BY ordinality) AS weights
           FROM unnest($2::text[], $3::float8[]) WITH ORDINALITY AS given (word, weight, ordinality)
       )
       SELECT p.article_id, p.position, p.paragraph, p.text, a.title, a.source, a.published, a.url,
              ARRAY(SELECT p.terms @@ word FROM unnest(query.words) WITH ORDINALITY AS w (word, ordinality)
                     ORDER BY ordinality) AS in_passage,
              ARRAY(SELECT term = ANY(a.title_terms) FROM unnest($4::text[]) WITH ORDINALITY AS t (term, ordinality)
                     ORDER BY ordinality) AS in_title
         FROM passages p JOIN articles a ON a.id = p.article_id, query
        WHERE p.terms @@ $1::tsquery
        ORDER BY (SELECT sum(weight) FROM unnest(query.words, query.weights) AS w (word, weight)
                   WHERE p.terms @@ word) DESC, p.article_id, p.position
        LIMIT $5`,
      [tsquery, known.map(lexeme), plan.known.map((term) => term.weight), known, limit],
    );
    return result.rows;
  }
}
