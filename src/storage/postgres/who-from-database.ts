import type { WhoAnswer } from '../../answer/types.js';
import { MAX_WHO_ANSWERS } from '../../answer/who.js';
import { findPersonByRole, findPersons, type RoleContext } from '../../answer/who/find-persons.js';
import { createTables, type WhoTables } from '../../answer/who/person-tables.js';
import { toAnswerFrom } from '../../answer/who/to-answer.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';
import { readArticles } from './stored-articles.js';
import type { StoredPerson } from './who-table-rows.js';
import { intersect } from '../../answer/who/intersect.js';

type MapName = 'name' | 'full' | 'role';

/** A map that says which keys were looked up, in order: what a question reads of the tables. */
class RecordingMap extends Map<string, number[]> {
  constructor(
    private readonly map: MapName,
    private readonly asked: Array<{ map: MapName; key: string }>,
  ) {
    super();
  }

  override get(key: string): number[] | undefined {
    this.asked.push({ map: this.map, key });
    return super.get(key);
  }
}

/**
 * The keys a question reads, found by asking it of empty tables: every branch of findPersons
 * runs when nothing matches, so this is every key any answer to it can read. Grouped as
 * findPersons intersects them: a full name then its words, and the role words.
 */
function keysOf(query: string): Array<Array<{ map: MapName; key: string }>> {
  const asked: Array<{ map: MapName; key: string }> = [];
  const tables = createTables();
  tables.byNameWord = new RecordingMap('name', asked);
  tables.byFullName = new RecordingMap('full', asked);
  tables.byRoleWord = new RecordingMap('role', asked);
  findPersons(tables, query, { cache: new Map() });
  const groups: Array<Array<{ map: MapName; key: string }>> = [];
  for (const entry of asked) {
    const last = groups.at(-1);
    const startsGroup = !last || entry.map === 'full' || (entry.map === 'role') !== (last.at(-1)!.map === 'role');
    if (startsGroup) groups.push([entry]);
    else last.push(entry);
  }
  return groups;
}

/**
 * Who tables holding only what a question can read: a slot a person read, numbered in directory
 * order (a slot's position is the slot), with each slot's stored number and first mentions.
 */
interface PartialWho {
  tables: WhoTables;
  numbers: number[];
  firstMentions: Array<Record<string, string>>;
}

/**
 * The postings `query` reads and the persons they can lead to, read into tables that hold
 * those alone; null when no person is reachable.
 */
async function readWhoTables(read: PinnedRead, query: string): Promise<PartialWho | null> {
  const groups = keysOf(query);
  const asked = groups.flat();
  if (asked.length === 0) return null;
  const postings = await read.db.query<{ map: MapName; key: string; persons: number[] }>(
    `SELECT map, key, persons FROM who_postings JOIN unnest($2::text[], $3::text[]) AS asked (map, key) USING (map, key)
      WHERE ${visibleAt('who_postings', '$1')}`,
    [read.version, asked.map((entry) => entry.map), asked.map((entry) => entry.key)],
  );
  const stored = {
    name: new Map<string, number[]>(),
    full: new Map<string, number[]>(),
    role: new Map<string, number[]>(),
  };
  for (const row of postings.rows) stored[row.map].set(row.key, row.persons);
  // Only persons in an intersection are ever looked at (the full-name list is only searched).
  const needed = new Set<number>();
  for (const group of groups) {
    const lists = group.filter((entry) => entry.map !== 'full').map((entry) => stored[entry.map].get(entry.key));
    for (const person of intersect(lists)) needed.add(person);
  }
  if (needed.size === 0) return null;
  // Read in directory order: a slot's number is its rank there, which breaks ties as in memory.
  const persons = await read.db.query<{ person: number; payload: StoredPerson }>(
    `SELECT person, payload FROM who_persons
      WHERE ${visibleAt('who_persons', '$1')} AND person = ANY($2::int[]) ORDER BY directory_order COLLATE "C"`,
    [read.version, [...needed]],
  );
  const tables = createTables();
  const numbers: number[] = [];
  const firstMentions: Array<Record<string, string>> = [];
  const slotOf = new Map<number, number>();
  for (const { person, payload } of persons.rows) {
    const slot = numbers.push(person) - 1;
    slotOf.set(person, slot);
    placeStored(tables, slot, payload);
    firstMentions[slot] = payload.firstMentions;
  }
  // A person no intersection reaches gets a slot of its own, never looked at, so lists keep their lengths.
  const slotFor = (person: number): number => {
    let slot = slotOf.get(person);
    if (slot === undefined) slotOf.set(person, (slot = numbers.push(person) - 1));
    return slot;
  };
  const maps = { name: tables.byNameWord, full: tables.byFullName, role: tables.byRoleWord };
  for (const map of ['name', 'full', 'role'] as const)
    for (const [key, list] of stored[map]) maps[map].set(key, list.map(slotFor));
  return { tables, numbers, firstMentions };
}

/**
 * /who from the database, with the in-memory engine's own matching (findPersons) and answer
 * (toAnswer) over the tables the question can read.
 */
export async function answerWho(read: PinnedRead, query: string): Promise<WhoAnswer[]> {
  const partial = await readWhoTables(read, query);
  if (!partial) return [];
  const { tables, firstMentions } = partial;
  const matches = await withLeads(read, (context) => findPersons(tables, query, context));
  const chosen = matches.slice(0, MAX_WHO_ANSWERS);
  const articles = await readArticles(
    read,
    chosen.flatMap((match) => tables.records[match.slot]!.articleIds),
  );
  const source = {
    article: (id: string) => articles.get(id),
    firstMention: (articleId: string, position: number) => firstMentions[position]?.[articleId],
  };
  return chosen.map((match) => toAnswerFrom(source, tables, match));
}

/**
 * The persons a description names best ("the Harvard economist"), by stored number, as the
 * in-memory engine's findPersonByRole finds them. /quote reads a speaker so.
 */
export async function findPersonByRoleInDatabase(read: PinnedRead, phrase: string): Promise<number[]> {
  // The role keys findPersonByRole reads are among those a /who question of the phrase reads.
  const partial = await readWhoTables(read, phrase);
  if (!partial) return [];
  const slots = await withLeads(read, (context) => findPersonByRole(partial.tables, phrase, context));
  return slots.map((slot) => partial.numbers[slot]!);
}

/** A stored person in its slot, which is its position. */
function placeStored(tables: WhoTables, slot: number, stored: StoredPerson): void {
  tables.records[slot] = stored.record;
  tables.positions[slot] = slot;
  tables.nameForms[slot] = stored.nameForms;
  tables.roleForms[slot] = stored.roleForms;
  tables.roleCounts[slot] = stored.roleCounts;
  tables.roleFormOf[slot] = stored.roleFormOf;
}

/**
 * A match whose role reading may read articles' headlines and leads: asked once with none to
 * learn which (the same articles whatever they say), then with those read.
 */
async function withLeads<T>(read: PinnedRead, match: (context: RoleContext) => T): Promise<T> {
  const wanted = new Set<string>();
  const first = match({
    lead: (articleId) => {
      wanted.add(articleId);
      return '';
    },
    cache: new Map(),
  });
  if (wanted.size === 0) return first;
  const rows = await read.db.query<{ id: string; lead: string }>(
    `SELECT id, lead FROM articles a WHERE id = ANY($1::text[]) AND a.added_in <= $2
        AND (a.removed_in IS NULL OR a.removed_in > $2)`,
    [[...wanted], read.version],
  );
  const leads = new Map(rows.rows.map((row) => [row.id, row.lead]));
  return match({ lead: (articleId) => leads.get(articleId) ?? '', cache: new Map() });
}

/**
 * The people a name matches (by full name or surname, not by role), by stored number, best
 * first: the in-memory WhoAnswerer's findPersonsByName over the rows it reads.
 */
export async function findPersonsByNameInDatabase(read: PinnedRead, name: string): Promise<number[]> {
  const partial = await readWhoTables(read, name);
  if (!partial) return [];
  const { tables } = partial;
  const matches = await withLeads(read, (context) => findPersons(tables, name, context));
  return matches.filter((match) => match.score >= 2).map((match) => partial.numbers[match.slot]!);
}
