import type { Answer } from '../../answer/types.js';
import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction } from '../../extract/types.js';
import { isSameStory, type Fingerprint } from '../../corpus/duplicates.js';
import { foldCopies } from '../../service/fold-copies.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';

/** What a citation needs of an article: everything but the body, which the database keeps as passages. */
export type StoredArticle = Pick<Article, 'id' | 'title' | 'source' | 'published' | 'url'>;

// As many citations of an answer as fold-copies.ts compares; the rest are never looked at.
const COMPARED_CITATIONS = 20;

/** The articles of the pinned version with these ids, by id. */
export async function readArticles(read: PinnedRead, ids: Iterable<string>): Promise<Map<string, Article>> {
  const rows = await read.db.query<StoredArticle>(
    `SELECT id, title, source, published, url FROM articles a WHERE id = ANY($1::text[]) AND ${visibleAt('a', '$2')}`,
    [[...new Set(ids)], read.version],
  );
  // paragraphs stay empty: nothing of an answer reads the body once it is found.
  return new Map(rows.rows.map((row) => [row.id, { ...row, paragraphs: [] } as unknown as Article]));
}

/**
 * The articles of these ids not yet in `articles`, each with the row `query` gives for it ($1
 * the version, $2 the ids), added to the maps an answerer reads: the body and extraction that
 * row holds (/when keeps the lead and events, /quote the paragraphs and quotations).
 */
export async function readAnswerStories<Row extends { article_id: string }>(
  read: PinnedRead,
  ids: ReadonlySet<string>,
  maps: { articles: Map<string, Article>; extractions: Map<string, ArticleExtraction> },
  query: string,
  toStory: (row: Row) => { paragraphs: string[]; extraction: Partial<ArticleExtraction> },
): Promise<void> {
  const wanted = [...ids].filter((id) => !maps.articles.has(id));
  if (wanted.length === 0) return;
  const stored = await readArticles(read, wanted);
  const rows = await read.db.query<Row>(query, [read.version, wanted]);
  for (const row of rows.rows) {
    const article = stored.get(row.article_id);
    if (!article) continue;
    const story = toStory(row);
    maps.articles.set(row.article_id, { ...article, paragraphs: story.paragraphs });
    maps.extractions.set(row.article_id, story.extraction as ArticleExtraction);
  }
}

/** The near-duplicate fingerprints of these articles, by id. */
async function readFingerprints(read: PinnedRead, ids: Iterable<string>): Promise<Map<string, Fingerprint>> {
  const rows = await read.db.query<{
    id: string;
    published: string | null;
    body_words: number;
    shingles: Buffer;
    title_words: string[];
  }>(
    `SELECT id, published, body_words, shingles, title_words FROM articles a
      WHERE id = ANY($1::text[]) AND ${visibleAt('a', '$2')}`,
    [[...new Set(ids)], read.version],
  );
  return new Map(
    rows.rows.map((row) => {
      const bytes = row.shingles;
      const shingles = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      const fingerprint: Fingerprint = {
        words: row.body_words,
        shingles: new Set(shingles),
        titleWords: new Set(row.title_words),
        day: row.published ? Math.floor(Date.parse(row.published) / 86_400_000) : null,
      };
      return [row.id, fingerprint];
    }),
  );
}

/**
 * foldCopies (src/service/fold-copies.ts) over answers found in the database: the copy check
 * compares the stored fingerprints of the articles the answers cite, as the in-memory engine
 * compares the articles' own.
 */
export async function foldStoredCopies<A extends Answer>(read: PinnedRead, answers: readonly A[]): Promise<A[]> {
  const ids = new Set<string>();
  for (const answer of answers) {
    const citations = 'person' in answer ? answer.citations.slice(0, COMPARED_CITATIONS) : answer.citations;
    for (const citation of citations) ids.add(citation.article);
  }
  if (ids.size < 2)
    return foldCopies(
      answers,
      () => undefined,
      () => false,
    );
  const fingerprints = await readFingerprints(read, ids);
  const articles = new Map([...fingerprints.keys()].map((id) => [id, { id } as Article]));
  return foldCopies(
    answers,
    (id) => articles.get(id),
    (left, right) => left === right || isSameStory(fingerprints.get(left.id)!, fingerprints.get(right.id)!),
  );
}
