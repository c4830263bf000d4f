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

/** Stories read whole, and the knowledge's number for each stored person number. */
export interface StoriesRead {
  knowledge: PartialKnowledge;
  /** A stored person number's place in `knowledge.people.persons`; undefined when not asked for. */
  personOf(stored: number): number | undefined;
}

/** Reads these articles whole: see readStoriesWithPersons. */
export async function readStories(read: PinnedRead, ids: Iterable<string>): Promise<PartialKnowledge> {
  return (await readStoriesWithPersons(read, ids)).knowledge;
}

/**
 * Reads these articles whole into `knowledge`: body, extraction, and the records of the people
 * they name and of `alsoPersons` (stored numbers), which replace the people it held. The people
 * are numbered in directory order among themselves, as the in-memory directory orders them,
 * so whatever breaks a tie by person number (a brief's who's who) breaks it alike.
 */
export async function readStoriesWithPersons(
  read: PinnedRead,
  ids: Iterable<string>,
  knowledge: PartialKnowledge = emptyKnowledge(),
  alsoPersons: Iterable<number> = [],
): Promise<StoriesRead> {
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
  for (const { persons } of rows.rows) for (const number of Object.values(persons)) numbers.add(number);
  const records = await readPersonRecords(read, numbers);
  const local = new Map([...records.keys()].map((stored, index) => [stored, index]));
  knowledge.people = { persons: [...records.values()], byArticleName: {} };
  for (const { article, extraction, persons } of rows.rows) {
    knowledge.articles.set(article.id, article);
    if (extraction) knowledge.extractions.set(article.id, extraction);
    for (const [name, number] of Object.entries(persons)) {
      // A number without a record (none in a sound database) still tells the article's names apart.
      let person = local.get(number);
      if (person === undefined) local.set(number, (person = local.size));
      knowledge.people.byArticleName[`${article.id}\u0000${name}`] = person;
    }
  }
  return { knowledge, personOf: (stored) => local.get(stored) };
}

/** The people directory's records of these stored numbers, by number, in directory order. */
export async function readPersonRecords(
  read: PinnedRead,
  numbers: Iterable<number>,
): Promise<Map<number, PersonRecord>> {
  const wanted = [...new Set(numbers)];
  if (wanted.length === 0) return new Map();
  const rows = await read.db.query<{ person: number; record: PersonRecord }>(
    `SELECT person, payload -> 'record' AS record FROM who_persons w
      WHERE ${visibleAt('w', '$1')} AND person = ANY($2::int[]) ORDER BY directory_order COLLATE "C"`,
    [read.version, wanted],
  );
  return new Map(rows.rows.map(({ person, record }) => [person, record]));
}
