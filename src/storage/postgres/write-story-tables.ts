import type { PoolClient } from 'pg';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { CorpusOverview } from '../../service/briefing-service.js';
import { insertRows } from './insert-rows.js';

/** The tables of stories written whole for each version. */
export const STORY_TABLES = ['story_articles', 'corpus_overviews'] as const;

/** A name an article uses -> its person's number in the directory of that version. */
export type StoredPersons = Record<string, number>;

/**
 * Writes what briefs, /article, /sources and the digest read for `version`: every article
 * whole with its extraction and the numbers of the people it names, in the build's order (the
 * in-memory engine lists articles in it), and the overview the build gives.
 */
export async function writeStoryTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  overview: CorpusOverview,
): Promise<void> {
  const rows = [...knowledge.articles.values()].map((article, ordinal) => {
    const extraction = knowledge.extractions.get(article.id);
    const persons: StoredPersons = {};
    for (const person of extraction?.people ?? []) {
      const number = knowledge.people.byArticleName[`${article.id}\u0000${person.name}`];
      if (number !== undefined) persons[person.name] = number;
    }
    return [
      ordinal,
      article.id,
      article.published,
      article.contentHash,
      jsonText(article),
      extraction ? jsonText(extraction) : null,
      jsonText(persons),
    ];
  });
  await insertRows(
    client,
    'story_articles (version, ordinal, article_id, published, content_hash, article, extraction, persons)',
    ['int', 'text', 'text', 'text', 'jsonb', 'jsonb', 'jsonb'],
    version,
    rows,
  );
  await insertRows(client, 'corpus_overviews (version, overview)', ['jsonb'], version, [[jsonText(overview)]]);
}

/**
 * JSON for a jsonb column: PostgreSQL refuses the escape of NUL (\u0000), which an article's
 * text can hold; U+FFFD stands in for it there (never a character an answer matches on).
 */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replaceAll('\\u0000', '\\ufffd');
}
