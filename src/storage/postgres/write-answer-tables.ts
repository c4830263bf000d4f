import type { PoolClient } from 'pg';
import { exampleQuestion } from '../../answer/question/example-questions.js';
import type { CommandName } from '../../answer/types.js';
import { formsOf, type RoleWordCache } from '../../answer/who/person-tables.js';
import { buildTables } from '../../answer/who/sync-tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { foldNames, foldTitle, quotedPeople } from '../../service/suggest.js';
import type { ArticleChange } from './article-change.js';
import { intArray } from './insert-rows.js';
import type { PersonChange } from './person-change.js';
import { ascending, type PersonNumbering } from './person-numbers.js';
import { versionedTable as table, writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import {
  PERSON_SUGGESTIONS,
  PERSON_WORDS,
  WHO_PERSONS,
  WHO_POSTINGS,
  firstMentionsOf,
  makeSuggestionRow,
  makeWhoPersonRow,
  whoPostingsOf,
  wordsOfNames,
} from './who-table-rows.js';
import { writeWhoChanges } from './write-who-changes.js';
import { QUOTE_TABLES } from './write-quote-tables.js';
import { WHEN_TABLES } from './write-when-tables.js';
import { STORY_TABLES } from './write-story-tables.js';

/** The tables written by change for each version (the indexer clears and publishes them with it). */
export const ANSWER_TABLES = [
  'who_postings',
  'who_persons',
  'person_suggestions',
  'person_words',
  'article_suggestions',
  'example_questions',
  ...WHEN_TABLES,
  ...QUOTE_TABLES,
  ...STORY_TABLES,
] as const;

const ARTICLE_SUGGESTIONS = table(
  'article_suggestions',
  [['ordinal', 'int']],
  [
    ['id', 'text'],
    ['label', 'text'],
    ['folded', 'text'],
  ],
);
const EXAMPLE_QUESTIONS = table('example_questions', [['command', 'text']], [['question', 'text']]);

const COMMANDS: readonly CommandName[] = ['who', 'when', 'quote', 'search'];

/**
 * Writes /who's and autocomplete's tables for `version`, from the same builders as the
 * in-memory engine (so both answer alike): the who tables' three maps as posting rows, each
 * person as a JSONB row, the suggestion tables, and the examples an empty question gets.
 * Persons are stored by their numbers in `numbering`, with their directory order beside them.
 * Following a change, only the touched articles' rows are made, and with `persons` only the
 * touched persons' rows, spliced into the serving ones (write-who-changes.ts).
 */
export async function writeAnswerTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  numbering: PersonNumbering,
  written?: WrittenRows,
  following?: { change: ArticleChange; persons: PersonChange | undefined },
): Promise<void> {
  if (following?.persons) await writeWhoChanges(client, version, knowledge, numbering, following.persons, written);
  else await writeWhoTables(client, version, knowledge, numbering, written);
  await writeArticleSuggestions(client, version, knowledge, following?.change, written);
  const examples = COMMANDS.map((command) => [command, exampleQuestion(command, knowledge)]);
  await writeChangedRows(client, EXAMPLE_QUESTIONS, version, examples, written);
}

/** The person tables from the whole directory. */
async function writeWhoTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  numbering: PersonNumbering,
  written?: WrittenRows,
): Promise<void> {
  const cache: RoleWordCache = new Map();
  const tables = buildTables(knowledge.people, cache);
  const { numbers, orders } = numbering;
  const postings = whoPostingsOf(tables, numbers).map(([map, key, persons]) => [
    map,
    key,
    intArray(ascending(persons)),
  ]);
  await writeChangedRows(client, WHO_POSTINGS, version, postings, written);

  const firstMentions = firstMentionsOf(knowledge);
  const persons = knowledge.people.persons.map((record, position) =>
    makeWhoPersonRow(
      record,
      formsOf(record, cache),
      firstMentions.get(position),
      numbers[position]!,
      orders[position]!,
    ),
  );
  await writeChangedRows(client, WHO_PERSONS, version, persons, written);

  const speakers = quotedPeople(knowledge);
  const words = new Map<string, Set<number>>();
  // The suggestion tables list the directory's persons in its order.
  const people = knowledge.people.persons.map((record, position) => {
    const folded = foldNames(record);
    for (const word of wordsOfNames(folded)) {
      let holders = words.get(word);
      if (!holders) words.set(word, (holders = new Set()));
      holders.add(numbers[position]!);
    }
    return makeSuggestionRow(record, folded, speakers.has(record.name), position, numbering);
  });
  await writeChangedRows(client, PERSON_SUGGESTIONS, version, people, written);
  await writeChangedRows(
    client,
    PERSON_WORDS,
    version,
    [...words].map(([word, holders]) => [word, intArray(ascending([...holders]))]),
    written,
  );
}

/**
 * The article titles autocomplete offers, numbered in the corpus order. Following `change`,
 * only the rows of articles changed, or at an ordinal that held another article, are made.
 */
async function writeArticleSuggestions(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  change: ArticleChange | undefined,
  written?: WrittenRows,
): Promise<void> {
  const served = change
    ? await client.query<{ ordinal: number; id: string }>(
        'SELECT ordinal, id FROM article_suggestions WHERE removed_in IS NULL',
      )
    : undefined;
  const idAt = new Map(served?.rows.map((row) => [row.ordinal, row.id]));
  const rows: unknown[][] = [];
  let ordinal = 0;
  for (const article of knowledge.articles.values()) {
    if (!change || idAt.get(ordinal) !== article.id || change.upserted.has(article.id)) {
      const label = `${article.title}${article.published ? ` (${article.published})` : ''}`;
      rows.push([ordinal, article.id, label, withoutNul(foldTitle(article))]);
    }
    idAt.delete(ordinal++);
  }
  const only = change ? [...rows.map(([ordinal]) => [ordinal]), ...[...idAt.keys()].map((gone) => [gone])] : undefined;
  await writeChangedRows(client, ARTICLE_SUGGESTIONS, version, rows, written, only);
}

/**
 * PostgreSQL text holds no NUL, which the in-memory tables use as a separator (title, id):
 * U+0001 stands in for it, in what is stored and in what is typed.
 */
export function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '\u0001');
}
