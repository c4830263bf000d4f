import type { PoolClient } from 'pg';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { toTerms } from '../../text/normalize.js';
import type { PersonNumbering } from './person-numbers.js';

/** The words of each person's name and variants, as the tables fold them. */
export function foldNameWords(name: string, variants: readonly string[]): Set<string> {
  return new Set([name, ...variants].flatMap((text) => toTerms(text)));
}

/** Word -> the stored numbers of the persons whose name or a variant holds it. */
export function findNameHolders(knowledge: Knowledge, numbering: PersonNumbering): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  knowledge.people.persons.forEach((record, person) => {
    for (const word of foldNameWords(record.name, record.variants)) {
      const list = holders.get(word);
      if (list) list.push(numbering.numbers[person]!);
      else holders.set(word, [numbering.numbers[person]!]);
    }
  });
  return holders;
}

/** The name words of persons added, gone or renamed since the serving version: their terms list persons anew. */
export async function findRenamedWords(
  client: PoolClient,
  knowledge: Knowledge,
  numbering: PersonNumbering,
): Promise<Set<string>> {
  const served = await client.query<{ person: number; name: string; variants: string[] }>(
    'SELECT person, name, variants FROM quote_persons WHERE removed_in IS NULL',
  );
  const before = new Map(served.rows.map((row) => [row.person, JSON.stringify([row.name, row.variants])]));
  const words = new Set<string>();
  knowledge.people.persons.forEach((record, person) => {
    const number = numbering.numbers[person]!;
    const signature = JSON.stringify([record.name, record.variants]);
    if (before.get(number) !== signature)
      for (const word of foldNameWords(record.name, record.variants)) words.add(word);
    if (before.get(number) === signature) before.delete(number);
  });
  for (const row of served.rows) {
    if (before.has(row.person)) for (const word of foldNameWords(row.name, row.variants)) words.add(word);
  }
  return words;
}
