import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction, PersonRecord } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';
import type { StoredPersons } from './write-story-tables.js';

interface StoryRow {
  article: Article;
  extraction: ArticleExtraction | null;
  persons: StoredPersons;
}

/**
 * Knowledge holding only what a request read: its articles (with bodies where they were read
 * whole), their extractions, and the people they name, each at their number in the directory
 * (the list is sparse): what briefs, /article and the digest look up by id and by number.
 */
export interface PartialKnowledge extends Knowledge {
  articles: Map<string, Article>;
  extractions: Map<string, ArticleExtraction>;
}

export function emptyKnowledge(): PartialKnowledge {
  return { articles: new Map(), extractions: new Map(), people: { persons: [], byArticleName: {} } };
}

/** The articles of these ids without their bodies (id, title, dates and the rest), by id. */
export async function readArticleHeads(read: PinnedRead, ids: Iterable<string>): Promise<Map<string, Article>> {
  const rows = await read.db.query<{ article: Article }>(
    `SELECT s.article - 'paragraphs' AS article FROM story_contents s
      WHERE ${visibleAt('s', '$1')} AND s.article_id = ANY($2::text[])`,
    [read.version, [...new Set(ids)]],
  );
  return new Map(rows.rows.map(({ article }) => [article.id, { ...article, paragraphs: [] }]));
}

/** Every article of the version without its body, in the build's order. */
export async function readAllArticleHeads(read: PinnedRead): Promise<Article[]> {
  const rows = await read.db.query<{ article: Article }>(
    `SELECT s.article - 'paragraphs' AS article FROM story_members m
       JOIN story_contents s ON s.article_id = m.article_id AND ${visibleAt('s', '$1')}
      WHERE ${visibleAt('m', '$1')} ORDER BY m.ordinal`,
    [read.version],
  );
  return rows.rows.map(({ article }) => ({ ...article, paragraphs: [] }));
}

/**
 * Reads these articles whole into `knowledge`: body, extraction, and the records of the people
 * they name (with the names' numbers), plus the records of `alsoPersons`.
 */
export async function readStories(
  read: PinnedRead,
  ids: Iterable<string>,
  knowledge: PartialKnowledge = emptyKnowledge(),
  alsoPersons: Iterable<number> = [],
): Promise<PartialKnowledge> {
  // One index lookup an id: for a brief's 200 articles the planner would scan every member
  // (its rows keyed by article, then version) at three times the cost.
  const rows = await read.db.query<StoryRow>(
    `SELECT s.article, s.extraction, m.persons FROM unnest($2::text[]) AS wanted (article_id)
       CROSS JOIN LATERAL (SELECT m.article_id, m.persons FROM story_members m
                            WHERE m.article_id = wanted.article_id AND ${visibleAt('m', '$1')} LIMIT 1) AS m
       JOIN story_contents s ON s.article_id = m.article_id AND ${visibleAt('s', '$1')}`,
    [read.version, [...new Set(ids)]],
  );
  const numbers = new Set(alsoPersons);
  for (const { article, extraction, persons } of rows.rows) {
    knowledge.articles.set(article.id, article);
    if (extraction) knowledge.extractions.set(article.id, extraction);
    for (const [name, number] of Object.entries(persons)) {
      knowledge.people.byArticleName[`${article.id}\u0000${name}`] = number;
      numbers.add(number);
    }
  }
  for (const [number, record] of await readPersonRecords(read, numbers)) knowledge.people.persons[number] = record;
  return knowledge;
}

/** The people directory's records of these numbers, by number. */
export async function readPersonRecords(
  read: PinnedRead,
  numbers: Iterable<number>,
): Promise<Map<number, PersonRecord>> {
  const wanted = [...new Set(numbers)];
  if (wanted.length === 0) return new Map();
  const rows = await read.db.query<{ person: number; record: PersonRecord }>(
    `SELECT person, payload -> 'record' AS record FROM who_persons w
      WHERE ${visibleAt('w', '$1')} AND person = ANY($2::int[])`,
    [read.version, wanted],
  );
  return new Map(rows.rows.map(({ person, record }) => [person, record]));
}
