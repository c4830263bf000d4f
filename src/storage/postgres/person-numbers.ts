import { createHash } from 'node:crypto';
import type { PeopleDirectory } from '../../extract/types.js';

// Stored numbers are PostgreSQL int4 values, non-negative.
const NUMBER_SPACE = 2 ** 31 - 1;
// Wide enough for any place in an article's people, a name's word count and a directory position.
const PLACE_DIGITS = 7;
const WORD_DIGITS = 4;
const POSITION_DIGITS = 10;

/**
 * What the rows of one version call each person of the directory (index: directory position).
 * `numbers` do not move when persons are added or removed elsewhere in the directory, so the rows
 * naming a person stay as they were; `orders` sort (as bytes, `COLLATE "C"`) as the directory
 * does, so readers can break ties as the in-memory engine does by position.
 */
export interface PersonNumbering {
  numbers: number[];
  orders: string[];
  /** The orders are the directory positions themselves, which move when a person is added before. */
  positional: boolean;
}

/**
 * Numbers the directory's persons by their canonical key (the canonical name and the place among
 * namesakes of that name): the key's hash, taken in key order with the next free number on a
 * collision, so a number depends on the set of keys alone and a database indexed by change holds
 * the rows an indexing from scratch writes. Orders come from the mentions that founded each
 * person and its run of namesakes, which place it in the directory (src/extract/people/).
 */
export function numberPersons(people: PeopleDirectory): PersonNumbering {
  const namesakes = new Map<string, number>();
  const keys = people.persons.map((record) => {
    const seen = namesakes.get(record.name) ?? 0;
    namesakes.set(record.name, seen + 1);
    return `${record.name}\u0000${seen}`;
  });
  const numbers: number[] = new Array(keys.length);
  const taken = new Set<number>();
  const byKey = keys
    .map((key, position) => ({ key, position }))
    .sort((left, right) => compareText(left.key, right.key));
  for (const { key, position } of byKey) {
    let number = hashNumber(key);
    while (taken.has(number)) number = (number + 1) % NUMBER_SPACE;
    taken.add(number);
    numbers[position] = number;
  }
  const orders = directoryOrders(people);
  return { numbers, orders: orders ?? positionalOrders(people), positional: orders === undefined };
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function hashNumber(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % NUMBER_SPACE;
}

/**
 * Each person's place in the directory as text that does not move when another person is added:
 * its run's founding mention (fuller names first, then article id, then place in the article's
 * people) and its own, as linking orders them. Without linking data, or should those not give the
 * directory's order, undefined: the positions themselves stand in (correct, though then every row
 * moves with them).
 */
function directoryOrders(people: PeopleDirectory): string[] | undefined {
  const linking = people.linking;
  const count = people.persons.length;
  if (!linking || linking.founderArticles.length !== count) return undefined;
  const orders: string[] = new Array(count);
  let run = '';
  for (let person = 0; person < count; person++) {
    const own = `${unitsOf(linking.founderArticles[person]!)} ${pad(linking.founderPositions[person]!, PLACE_DIGITS)}`;
    if (linking.runStarts[person] || person === 0) {
      // More words first: the complement sorts them so.
      run = `${pad(10 ** WORD_DIGITS - 1 - linking.founderWordCounts[person]!, WORD_DIGITS)} ${own}`;
    }
    orders[person] = `${run} ${own}`;
    if (person > 0 && !(orders[person - 1]! < orders[person]!)) return undefined;
  }
  return orders;
}

function positionalOrders(people: PeopleDirectory): string[] {
  return people.persons.map((_, position) => pad(position, POSITION_DIGITS));
}

/**
 * An article id as its UTF-16 code units in hex, four digits each: ids compare by code unit in
 * the directory (JavaScript's `<`) and by byte in PostgreSQL, which differ past U+FFFF; hex
 * digits compare alike in both, and the space after an id sorts before any of them, so a
 * shorter id sorts first as in JavaScript.
 */
function unitsOf(text: string): string {
  let units = '';
  for (let index = 0; index < text.length; index++) units += text.charCodeAt(index).toString(16).padStart(4, '0');
  return units;
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

/**
 * Person numbers in ascending order: a list's row then depends on who is in it alone, not on
 * where the directory places them (which moves when someone is added before them).
 */
export function ascending(numbers: number[]): number[] {
  return numbers.sort((left, right) => left - right);
}

/**
 * Whether a number is next to one of `numbers` (numbers wrap): only then can a collision among
 * them, resolved otherwise after a change, have moved it.
 */
export function isBeside(number: number, numbers: ReadonlySet<number>): boolean {
  return numbers.has((number + 1) % NUMBER_SPACE) || numbers.has((number + NUMBER_SPACE - 1) % NUMBER_SPACE);
}
