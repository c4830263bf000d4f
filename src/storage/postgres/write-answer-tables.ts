import type { PoolClient } from 'pg';
import { exampleQuestion } from '../../answer/question/example-questions.js';
import type { CommandName } from '../../answer/types.js';
import type { PersonRecord } from '../../extract/types.js';
import { formsOf, type RoleWordCache } from '../../answer/who/person-tables.js';
import { buildTables } from '../../answer/who/sync-tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { suggestionTablesOf } from '../../service/suggest.js';
import { intArray, textArray } from './insert-rows.js';
import { ascending, type PersonNumbering } from './person-numbers.js';
import { versionedTable as table, writeChangedRows, type WrittenRows } from './write-changed-rows.js';
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

const WHO_POSTINGS = table(
  'who_postings',
  [
    ['map', 'text'],
    ['key', 'text'],
  ],
  [['persons', 'int[]']],
);
const WHO_PERSONS = table(
  'who_persons',
  [['person', 'int']],
  [
    ['directory_order', 'text'],
    ['payload', 'jsonb'],
  ],
);
const PERSON_SUGGESTIONS = table(
  'person_suggestions',
  [['person', 'int']],
  [
    ['directory_order', 'text'],
    ['name', 'text'],
    ['forms', 'text[]'],
    ['articles', 'int'],
    ['mentions', 'int'],
    ['role', 'text'],
    ['quoted', 'boolean'],
  ],
);
const PERSON_WORDS = table('person_words', [['word', 'text']], [['persons', 'int[]']]);
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

/** A person as /who reads them from the database: the in-memory tables' slot, as one row. */
export interface StoredPerson {
  record: PersonRecord;
  nameForms: string[][];
  roleForms: string[][];
  roleCounts: number[];
  roleFormOf: number[];
  /** Article id -> the first sentence naming the person there, for articles stating no role of theirs. */
  firstMentions: Record<string, string>;
}

/**
 * Writes /who's and autocomplete's tables for `version`, from the same builders as the
 * in-memory engine (so both answer alike): the who tables' three maps as posting rows, each
 * person as a JSONB row, the suggestion tables, and the examples an empty question gets.
 * Persons are stored by their numbers in `numbering`, with their directory order beside them.
 */
export async function writeAnswerTables(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  numbering: PersonNumbering,
  written?: WrittenRows,
): Promise<void> {
  const cache: RoleWordCache = new Map();
  const tables = buildTables(knowledge.people, cache);
  const { numbers, orders } = numbering;
  const postings: Array<[string, string, string]> = [];
  for (const [map, entries] of [
    ['name', tables.byNameWord],
    ['full', tables.byFullName],
    ['role', tables.byRoleWord],
  ] as const) {
    for (const [key, slots] of entries)
      postings.push([map, key, intArray(ascending(slots.map((slot) => numbers[tables.positions[slot]!]!)))]);
  }
  await writeChangedRows(client, WHO_POSTINGS, version, postings, written);

  const firstMentions = firstMentionsOf(knowledge);
  const persons = knowledge.people.persons.map((record, position): [number, string, string] => {
    const forms = formsOf(record, cache);
    const stated = new Set(record.roles.map((role) => role.articleId));
    const mentions: Record<string, string> = {};
    for (const [articleId, sentence] of firstMentions.get(position) ?? []) {
      if (!stated.has(articleId)) mentions[articleId] = sentence;
    }
    const stored: StoredPerson = { record, ...forms, firstMentions: mentions };
    return [numbers[position]!, orders[position]!, JSON.stringify(stored)];
  });
  await writeChangedRows(client, WHO_PERSONS, version, persons, written);

  const suggestions = suggestionTablesOf(knowledge);
  // The suggestion tables list the directory's persons in its order.
  const people = suggestions.people.map(({ person, folded }, position) => [
    numbers[position]!,
    orders[position]!,
    person.name,
    textArray(folded),
    person.articleIds.length,
    person.mentionCount,
    person.roles[0]?.role ?? null,
    suggestions.speakers.has(person.name),
  ]);
  await writeChangedRows(client, PERSON_SUGGESTIONS, version, people, written);
  const words = new Map<string, Set<number>>();
  suggestions.people.forEach(({ folded }, position) => {
    for (const form of folded) {
      for (const word of form.split(/[\s-]+/)) {
        if (!word) continue;
        let holders = words.get(word);
        if (!holders) words.set(word, (holders = new Set()));
        holders.add(numbers[position]!);
      }
    }
  });
  await writeChangedRows(
    client,
    PERSON_WORDS,
    version,
    [...words].map(([word, holders]) => [word, intArray(ascending([...holders]))]),
    written,
  );
  const articles = suggestions.titles.map(({ article, folded }, ordinal) => [
    ordinal,
    article.id,
    `${article.title}${article.published ? ` (${article.published})` : ''}`,
    withoutNul(folded),
  ]);
  await writeChangedRows(client, ARTICLE_SUGGESTIONS, version, articles, written);
  const examples = COMMANDS.map((command) => [command, exampleQuestion(command, knowledge)]);
  await writeChangedRows(client, EXAMPLE_QUESTIONS, version, examples, written);
}

/**
 * PostgreSQL text holds no NUL, which the in-memory tables use as a separator (title, id):
 * U+0001 stands in for it, in what is stored and in what is typed.
 */
export function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '\u0001');
}

/** Person number -> article id -> the first sentence naming them there, as /who's answer reads it. */
function firstMentionsOf(knowledge: Knowledge): Map<number, Map<string, string>> {
  const found = new Map<number, Map<string, string>>();
  for (const [articleId, extraction] of knowledge.extractions) {
    for (const person of extraction.people) {
      const first = person.mentions[0];
      const position = knowledge.people.byArticleName[`${articleId}\u0000${person.name}`];
      if (!first || position === undefined) continue;
      let byArticle = found.get(position);
      if (!byArticle) found.set(position, (byArticle = new Map()));
      if (!byArticle.has(articleId)) byArticle.set(articleId, first.sentence);
    }
  }
  return found;
}
