import type { PersonRecord } from '../../extract/types.js';
import type { PersonForms, WhoTables } from '../../answer/who/person-tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { textArray } from './insert-rows.js';
import type { PersonNumbering } from './person-numbers.js';
import { versionedTable as table } from './write-changed-rows.js';

export const WHO_POSTINGS = table(
  'who_postings',
  [
    ['map', 'text'],
    ['key', 'text'],
  ],
  [['persons', 'int[]']],
);
export const WHO_PERSONS = table(
  'who_persons',
  [['person', 'int']],
  [
    ['directory_order', 'text'],
    ['payload', 'jsonb'],
  ],
);
export const PERSON_SUGGESTIONS = table(
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
export const PERSON_WORDS = table('person_words', [['word', 'text']], [['persons', 'int[]']]);

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

/** A key of /who's maps (name word, whole name form, role word) as stored, with the numbers of its persons. */
export type WhoPosting = [map: 'name' | 'full' | 'role', key: string, persons: number[]];

/** The postings of who tables, their slots as stored numbers (unordered). */
export function whoPostingsOf(tables: WhoTables, numbers: readonly number[]): WhoPosting[] {
  const postings: WhoPosting[] = [];
  for (const [map, entries] of [
    ['name', tables.byNameWord],
    ['full', tables.byFullName],
    ['role', tables.byRoleWord],
  ] as const) {
    for (const [key, slots] of entries)
      postings.push([map, key, slots.map((slot) => numbers[tables.positions[slot]!]!)]);
  }
  return postings;
}

/** A who_persons row: the record, its forms and its first mentions where it states no role. */
export function makeWhoPersonRow(
  record: PersonRecord,
  forms: PersonForms,
  mentions: ReadonlyMap<string, string> | undefined,
  number: number,
  order: string,
): [number, string, string] {
  const stated = new Set(record.roles.map((role) => role.articleId));
  const firstMentions: Record<string, string> = {};
  for (const [articleId, sentence] of mentions ?? []) {
    if (!stated.has(articleId)) firstMentions[articleId] = sentence;
  }
  const stored: StoredPerson = { record, ...forms, firstMentions };
  return [number, order, JSON.stringify(stored)];
}

/**
 * Directory position -> article id -> the first sentence naming the person there, as /who's
 * answer reads it; with `articles`, only what those articles say (every article of the persons
 * asked about).
 */
export function firstMentionsOf(
  knowledge: Knowledge,
  articles?: ReadonlySet<string>,
): Map<number, Map<string, string>> {
  const found = new Map<number, Map<string, string>>();
  for (const [articleId, extraction] of knowledge.extractions) {
    if (articles && !articles.has(articleId)) continue;
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

/** A person_suggestions row. */
export function makeSuggestionRow(
  record: PersonRecord,
  folded: readonly string[],
  quoted: boolean,
  position: number,
  numbering: PersonNumbering,
): unknown[] {
  return [
    numbering.numbers[position]!,
    numbering.orders[position]!,
    record.name,
    textArray(folded),
    record.articleIds.length,
    record.mentionCount,
    record.roles[0]?.role ?? null,
    quoted,
  ];
}

/** The words of folded names (person_words' keys). */
export function wordsOfNames(folded: readonly string[]): string[] {
  return folded.flatMap((form) => form.split(/[\s-]+/)).filter(Boolean);
}
