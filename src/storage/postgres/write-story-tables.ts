import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { ArticleChange } from './article-change.js';
import type { CorpusOverview } from '../../service/briefing-service.js';
import { insertRows } from './insert-rows.js';
import type { PersonNumbering } from './person-numbers.js';
import { versionedTable, writeChangedRows, type WrittenRows } from './write-changed-rows.js';

/** The tables of stories written by change for each version (small: no body in them). */
export const STORY_TABLES = ['story_members', 'corpus_overviews'] as const;

const STORY_MEMBERS = versionedTable(
  'story_members',
  [['article_id', 'text']],
  [
    ['ordinal', 'int'],
    ['persons', 'jsonb'],
  ],
);
const CORPUS_OVERVIEWS = versionedTable('corpus_overviews', [], [['overview', 'jsonb']]);

/** A name an article uses -> its person's stored number (src/storage/postgres/person-numbers.ts). */
export type StoredPersons = Record<string, number>;

/** What writeStoryTables wrote again: the articles whose body, metadata or extraction changed. */
export interface StoryWrite {
  written: number;
  retired: number;
}

/**
 * Writes what briefs, /article, /sources and the digest read for `version`: each article whole
 * with its extraction only when either changed (`story_contents`, versioned as `articles` is),
 * and for every article its place in the build's order (the in-memory engine lists articles in
 * it) and the numbers of the people it names (`story_members`, a row again only where either
 * moved), and the overview the build gives. With `change`, only the stories of the articles
 * it touched are hashed and written again (the others' file and extraction are the same).
 */
export async function writeStoryTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  overview: CorpusOverview,
  numbering: PersonNumbering,
  written?: WrittenRows,
  change?: ArticleChange,
): Promise<StoryWrite> {
  const stored = new Map(
    (
      await client.query<{ article_id: string; story_hash: string }>(
        'SELECT article_id, story_hash FROM story_contents WHERE removed_in IS NULL',
      )
    ).rows.map((row) => [row.article_id, row.story_hash]),
  );
  const contents: unknown[][] = [];
  const members: unknown[][] = [];
  for (const article of knowledge.articles.values()) {
    const extraction = knowledge.extractions.get(article.id);
    if (!change || change.upserted.has(article.id)) {
      // `extra` last whatever the object's own order: a warm start gives it back as a property
      // defined after the others, a cold build in the loader's place, and the hash must not differ.
      const { extra, ...fields } = article;
      const articleJson = jsonText({ ...fields, extra });
      const extractionJson = extraction ? jsonText(extraction) : null;
      const hash = createHash('sha256')
        .update(`${articleJson}\u0000${extractionJson ?? 'null'}`)
        .digest('hex');
      if (stored.get(article.id) !== hash)
        contents.push([article.id, hash, article.published, article.contentHash, articleJson, extractionJson]);
    }
    const persons: StoredPersons = {};
    for (const person of extraction?.people ?? []) {
      const number = knowledge.people.byArticleName[`${article.id}\u0000${person.name}`];
      if (number !== undefined) persons[person.name] = numbering.numbers[number]!;
    }
    members.push([article.id, members.length, jsonText(persons)]);
  }
  const retired = [
    ...contents.map((row) => row[0] as string),
    ...[...stored.keys()].filter((id) => !knowledge.articles.has(id)),
  ];
  // The rows replaced stay visible to the serving version (removed_in is past it) until publish deletes them.
  const { rowCount } = await client.query(
    'UPDATE story_contents SET removed_in = $2 WHERE article_id = ANY($1::text[]) AND removed_in IS NULL',
    [retired, version],
  );
  await insertRows(
    client,
    'story_contents (added_in, article_id, story_hash, published, content_hash, article, extraction)',
    ['text', 'text', 'text', 'text', 'jsonb', 'jsonb'],
    version,
    contents,
  );
  written?.set('story_contents', (written.get('story_contents') ?? 0) + contents.length);
  await writeChangedRows(client, STORY_MEMBERS, version, members, written);
  await writeChangedRows(client, CORPUS_OVERVIEWS, version, [[jsonText(overview)]], written);
  return { written: contents.length, retired: rowCount ?? 0 };
}

/** What an indexer killed before publishing left of the stories: rows of a version never made current. */
export async function clearUnpublishedStories(client: PoolClient, current: number): Promise<void> {
  await client.query('DELETE FROM story_contents WHERE added_in > $1', [current]);
  await client.query('UPDATE story_contents SET removed_in = NULL WHERE removed_in > $1', [current]);
}

/** At publish: the stories no reader pinned to `version` or later sees. */
export async function deleteReplacedStories(client: PoolClient, version: number): Promise<void> {
  await client.query('DELETE FROM story_contents WHERE removed_in <= $1', [version]);
}

/**
 * JSON for a jsonb column: PostgreSQL refuses the escape of NUL (\u0000), which an article's
 * text can hold; U+FFFD stands in for it there (never a character an answer matches on).
 */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replaceAll('\\u0000', '\\ufffd');
}
