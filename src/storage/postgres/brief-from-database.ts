import { cleanQuery } from '../../answer/question/check-question.js';
import { buildBrief } from '../../brief/build-brief.js';
import { analysedArticles, findSubject } from '../../brief/select-stories.js';
import { defaultBriefLimits, type Brief, type BriefInput, type BriefRequest } from '../../brief/types.js';
import type { PassageHit } from '../../search/rank-passages.js';
import type { PinnedRead } from './pinned-read.js';
import type { PostgresPassageSearch } from './search-passages.js';
import {
  emptyKnowledge,
  readArticleHeads,
  readPersonRecords,
  readStoriesWithPersons,
} from './stories-from-database.js';
import { findPersonsByNameInDatabase } from './who-from-database.js';

// As many passages as a topic brief asks for (src/brief/select-stories.ts).
const TOPIC_PASSAGES = 120;

/**
 * A brief from the database, built by the in-memory engine's buildBrief over what it reads:
 * the person the subject names (as /who finds them by name) or the passages a topic matches,
 * the dates of every article about it, and then, whole, the newest ones it analyses with the
 * people they name. A topic's passages come from PostgreSQL's index, as /search's do, so a
 * topic brief can differ from the in-memory one where their candidates differ.
 */
export async function briefFromDatabase(
  read: PinnedRead,
  search: PostgresPassageSearch,
  request: BriefRequest,
  today: string,
): Promise<Brief> {
  const subject = cleanQuery(request.subject);
  const hasWords = /[\p{L}\p{N}]/u.test(subject);
  const persons = hasWords ? await findPersonsByNameInDatabase(read, subject) : [];
  const knowledge = emptyKnowledge();
  const [person] = persons;
  const record = person === undefined ? undefined : (await readPersonRecords(read, [person])).get(person);
  let hits: PassageHit[] = [];
  let about: Iterable<string> = [];
  // Until the stories are read the subject alone is known, as number 0; then all in directory order.
  let subjects: number[] = [];
  if (record) {
    knowledge.people.persons[0] = record;
    subjects = [0];
    about = record.articleIds;
  } else if (hasWords) {
    hits = await search.searchPinned(read, subject, TOPIC_PASSAGES);
    about = hits.map((hit) => hit.passage.articleId);
  }
  for (const [id, article] of await readArticleHeads(read, about)) knowledge.articles.set(id, article);
  const input: BriefInput = {
    knowledge,
    findPersons: () => subjects,
    searchPassages: (_query, limit) => hits.slice(0, limit),
    today,
  };
  // Which articles the brief analyses depends on their dates alone: only those are read whole.
  const found = findSubject(input, subject);
  const limit = request.limits?.articles ?? defaultBriefLimits.articles;
  const dates = { since: request.since?.trim() || null, until: request.until?.trim() || null };
  const analysed = found ? analysedArticles(knowledge, found, dates, limit).analysed : [];
  const { personOf } = await readStoriesWithPersons(
    read,
    analysed.map((article) => article.id),
    knowledge,
    person === undefined ? [] : [person],
  );
  // Only the first person found is briefed on (src/brief/select-stories.ts), as in memory.
  if (record) subjects = [personOf(person!)!];
  return buildBrief(input, request);
}
