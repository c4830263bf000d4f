import type { PoolClient } from 'pg';
import { addPerson, createTables, formsOf, type RoleWordCache } from '../../answer/who/person-tables.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { foldNames, quotedPeople } from '../../service/suggest.js';
import type { PersonChange } from './person-change.js';
import type { PersonNumbering } from './person-numbers.js';
import { writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import { writePersonLists, type PersonList } from './write-person-lists.js';
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

/**
 * Writes /who's and autocomplete's person tables for `version` by following `change`: the
 * touched persons' rows are made as a build of the whole directory makes them (their forms,
 * first mentions, folded names), and spliced into the serving lists of the keys they and the
 * serving touched persons are filed under. Every other person's rows stay as they are.
 */
export async function writeWhoChanges(
  client: PoolClient,
  version: number,
  knowledge: Knowledge,
  numbering: PersonNumbering,
  change: PersonChange,
  written?: WrittenRows,
): Promise<void> {
  const { persons } = knowledge.people;
  const { numbers, orders } = numbering;
  const only = [...change.numbers].map((number) => [number]);
  const cache: RoleWordCache = new Map();
  const tables = createTables();
  const forms = change.positions.map((position) => {
    const personForms = formsOf(persons[position]!, cache);
    addPerson(tables, persons[position]!, position, personForms);
    return personForms;
  });
  await writePersonLists(client, WHO_POSTINGS, version, change.numbers, whoPostingsOf(tables, numbers), written);

  const articles = new Set(change.positions.flatMap((position) => persons[position]!.articleIds));
  const mentions = firstMentionsOf(knowledge, articles);
  const whoRows = change.positions.map((position, index) =>
    makeWhoPersonRow(persons[position]!, forms[index]!, mentions.get(position), numbers[position]!, orders[position]!),
  );
  await writeChangedRows(client, WHO_PERSONS, version, whoRows, written, only);

  const speakers = quotedPeople(knowledge);
  const words: PersonList[] = [];
  const suggestionRows = change.positions.map((position) => {
    const record = persons[position]!;
    const folded = foldNames(record);
    for (const word of wordsOfNames(folded)) words.push([word, [numbers[position]!]]);
    return makeSuggestionRow(record, folded, speakers.has(record.name), position, numbering);
  });
  await writeChangedRows(client, PERSON_SUGGESTIONS, version, suggestionRows, written, only);
  await writePersonLists(client, PERSON_WORDS, version, change.numbers, words, written);
}
