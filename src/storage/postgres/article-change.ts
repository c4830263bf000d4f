import type { PoolClient } from 'pg';
import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';

/** An article as the serving version stored it, with its extraction. */
export interface StoredStory {
  article: Article;
  extraction: ArticleExtraction | undefined;
}

/**
 * The articles an indexing touched, for the tables that follow a change instead of being made
 * whole: the serving version's other articles, their file unchanged and extracted by the same
 * code, give the same rows again.
 */
export interface ArticleChange {
  /** Articles of the new corpus that are new or whose file changed. */
  upserted: ReadonlySet<string>;
  /** The serving version's articles changed or gone, as it stored them (their rows go). */
  previous: ReadonlyMap<string, StoredStory>;
}

/**
 * The change from the serving version's stories to `knowledge`: an article is touched when it
 * is new, gone, written again (`rewritten`: its stored columns differ) or its file's content
 * hash differs from the stored story's. Undefined when the serving version holds no stories
 * to follow (a first indexing, or one whose stories were never written).
 */
export async function findArticleChange(
  client: PoolClient,
  knowledge: Knowledge,
  rewritten: readonly string[],
): Promise<ArticleChange | undefined> {
  const stored = new Map(
    (
      await client.query<{ article_id: string; content_hash: string }>(
        'SELECT article_id, content_hash FROM story_contents WHERE removed_in IS NULL',
      )
    ).rows.map((row) => [row.article_id, row.content_hash]),
  );
  if (stored.size === 0) return undefined;
  const upserted = new Set(rewritten);
  for (const article of knowledge.articles.values()) {
    if (stored.get(article.id) !== article.contentHash) upserted.add(article.id);
  }
  const gone = [...stored.keys()].filter((id) => upserted.has(id) || !knowledge.articles.has(id));
  const rows = await client.query<{ article: Article; extraction: ArticleExtraction | null }>(
    'SELECT article, extraction FROM story_contents WHERE removed_in IS NULL AND article_id = ANY($1::text[])',
    [gone],
  );
  const previous = new Map<string, StoredStory>(
    rows.rows.map(({ article, extraction }) => [article.id, { article, extraction: extraction ?? undefined }]),
  );
  return { upserted, previous };
}

/** How many articles the change touches, new and gone counted once each. */
export function countTouched(change: ArticleChange): number {
  let count = change.upserted.size;
  for (const id of change.previous.keys()) if (!change.upserted.has(id)) count++;
  return count;
}
