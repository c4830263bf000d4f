import type { PeopleDirectory, PersonRecord } from '../../extract/types.js';
import { toTerms } from '../../text/normalize.js';
import { appendInt, createIntList, type IntList } from '../when/int-list.js';
import type { PostingLists } from '../when/posting-lists.js';
import { invertLists, termIdOf, type QuoteTables } from './tables.js';

/**
 * The name words of every person in the directory, numbered as the directory numbers them.
 * A reload links people again over the whole corpus, so numbers shift and names change with any
 * article; these tables are therefore remade at each reload in one pass over the directory,
 * but only a name set never seen before is folded into words, the rest are copied as numbers.
 */
export interface PersonTables {
  /** The person's name and variants, one string, which says whether its words are known. */
  signatures: string[];
  /** Person p's name words (each once) are terms[termStart[p] .. termStart[p + 1]). */
  termStart: IntList;
  terms: IntList;
  /** Term -> persons whose name or a variant holds it, ascending. */
  postings: PostingLists;
  /** The directory's records these tables were made from, when known: an unchanged record needs no signature. */
  records?: readonly PersonRecord[];
}

const SEPARATOR = '\u0001';

function signatureOf(name: string, variants: readonly string[]): string {
  return variants.length === 0 ? name : `${name}${SEPARATOR}${variants.join(SEPARATOR)}`;
}

/** The person tables of `people`, reusing the words of `previous` for every name set it had. */
export function syncPersons(tables: QuoteTables, people: PeopleDirectory, previous: PersonTables | null): PersonTables {
  // The usual edit relinks a few surnames into the same persons in the same places: nothing to remake.
  if (previous && keepsEveryPlace(people.persons, previous)) return { ...previous, records: people.persons };
  const count = people.persons.length;
  const signatures: string[] = new Array(count);
  const termStart = createIntList(count + 1);
  const terms = createIntList(Math.max(4, previous?.terms.length ?? count * 3));
  appendInt(termStart, 0);
  // Words are a function of the name set, so any earlier person with the same set lends them.
  // Most persons keep their place, so the lookup by name set is made only once one has moved.
  let known: Map<string, number> | null = null;
  for (let person = 0; person < count; person++) {
    const record = people.persons[person]!;
    const signature = signatureOf(record.name, record.variants);
    signatures[person] = signature;
    let before: number | undefined;
    if (previous) {
      if (previous.signatures[person] === signature) before = person;
      else before = (known ??= personBySignature(previous.signatures)).get(signature);
    }
    if (previous && before !== undefined) {
      const { values } = previous.termStart;
      for (let position = values[before]!; position < values[before + 1]!; position++)
        appendInt(terms, previous.terms.values[position]!);
    } else {
      for (const word of new Set([record.name, ...record.variants].flatMap((name) => toTerms(name))))
        appendInt(terms, termIdOf(tables, word));
    }
    appendInt(termStart, terms.length);
  }
  return {
    signatures,
    termStart,
    terms,
    postings: invertLists(termStart, terms, tables.vocabulary.length, () => true),
    records: people.persons,
  };
}

/** Whether every person number still holds the same name set; a record kept as is holds it by identity. */
function keepsEveryPlace(persons: readonly PersonRecord[], previous: PersonTables): boolean {
  if (persons.length !== previous.signatures.length) return false;
  for (let person = 0; person < persons.length; person++) {
    const record = persons[person]!;
    if (record === previous.records?.[person]) continue;
    if (signatureOf(record.name, record.variants) !== previous.signatures[person]) return false;
  }
  return true;
}

function personBySignature(signatures: readonly string[]): Map<string, number> {
  const bySignature = new Map<string, number>();
  signatures.forEach((signature, person) => bySignature.set(signature, person));
  return bySignature;
}
