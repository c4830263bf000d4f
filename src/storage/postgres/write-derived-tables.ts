import type { PoolClient } from 'pg';
import type { Article, SkippedFile } from '../../corpus/article.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { describeCorpus } from '../../service/describe-corpus.js';
import { findArticleChange, countTouched, type ArticleChange } from './article-change.js';
import { findPersonChange } from './person-change.js';
import { numberPersons } from './person-numbers.js';
import { visibleAt } from './pinned-read.js';
import { writeAnswerTables } from './write-answer-tables.js';
import type { WrittenRows } from './write-changed-rows.js';
import { writeQuoteChanges } from './write-quote-changes.js';
import { writeQuoteTables } from './write-quote-tables.js';
import { writeStoryTables } from './write-story-tables.js';
import { writeWhenChanges } from './write-when-changes.js';
import { writeWhenTables } from './write-when-tables.js';

// The tables follow the change when it touches fewer than one article in this many; past that
// a build of the whole corpus costs about as much as the splices.
const FOLLOW_SHARE = 20;

/** What the derived tables of a version are made from. */
export interface DerivedSources {
  knowledge: Knowledge;
  /** The corpus as loaded (the overview counts it). */
  articles: readonly Article[];
  skipped: readonly SkippedFile[];
  /** Articles whose stored columns were written again (added or changed). */
  rewritten: readonly string[];
  /** Make every table from the whole corpus (the serving version's tables are missing or another code's). */
  whole: boolean;
}

/** The table families written by following the change rather than from the whole corpus. */
export type FollowedTables = Array<'who' | 'when' | 'quote' | 'stories'>;

/**
 * Writes what the answers, briefs and the digest read for `version`: /who's and
 * autocomplete's tables, /when's, /quote's and the stories, by following the articles (and
 * the persons) the indexing touched when it touched few and the serving version's rows allow
 * it, else from the whole directory and a build of the whole corpus. Either way the rows are
 * those a fresh build writes. Returns the families that followed the change.
 */
export async function writeDerivedTables(
  client: PoolClient,
  version: number,
  sources: DerivedSources,
  written: WrittenRows,
): Promise<FollowedTables> {
  const { knowledge } = sources;
  const found = sources.whole ? undefined : await findArticleChange(client, knowledge, sources.rewritten);
  const change: ArticleChange | undefined =
    found !== undefined && countTouched(found) * FOLLOW_SHARE < knowledge.articles.size ? found : undefined;
  const followed: FollowedTables = [];
  const numbering = numberPersons(knowledge.people);
  const persons = change && (await findPersonChange(client, knowledge, change, numbering));
  await writeAnswerTables(client, version, knowledge, numbering, written, change && { change, persons });
  if (persons) followed.push('who');
  if (change && (await writeWhenChanges(client, version, knowledge, change, written))) followed.push('when');
  else await writeWhenTables(client, version, knowledge, written);
  if (change && persons && (await writeQuoteChanges(client, version, knowledge, change, numbering, persons, written)))
    followed.push('quote');
  else await writeQuoteTables(client, version, knowledge, numbering, written);
  const passages = await client.query<{ passages: number }>(
    `SELECT count(*)::int AS passages FROM passages p WHERE ${visibleAt('p', '$1')}`,
    [version],
  );
  const overview = describeCorpus([...sources.articles], passages.rows[0]!.passages, [...sources.skipped]);
  await writeStoryTables(client, version, knowledge, overview, numbering, written, change);
  if (change) followed.push('stories');
  return followed;
}
