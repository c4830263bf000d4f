import type { PoolClient } from 'pg';
import { affectedSurnames } from '../../extract/people/affected-surnames.js';
import { localsOf, type LocalPerson } from '../../extract/people/link-surname.js';
import type { ArticleExtraction } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { ArticleChange } from './article-change.js';
import { isBeside, type PersonNumbering } from './person-numbers.js';

/**
 * The persons whose rows an indexing that follows the change writes again, the serving
 * version's and the new directory's: every person of a surname the change relinks (as the
 * in-memory reload relinks it: the surnames the touched articles name, before or after, and
 * those an entangled article joins to them), and everyone named as a touched article's speaker
 * (the autocomplete's "quoted" flag goes by name). Every other person is the record a full link
 * makes of the same articles, under the same number and directory order, so its rows stay.
 */
export interface PersonChange {
  /** Stored numbers written again: the serving version's touched persons and the new directory's. */
  numbers: ReadonlySet<number>;
  /** The new directory's positions holding those numbers, ascending. */
  positions: readonly number[];
}

/**
 * The persons `change` touches, or undefined when the rows of the others could move and the
 * person tables must be made whole: the directory has no linking data or orders persons by
 * position, an untouched person's number sits beside a touched one (a hash collision resolved
 * otherwise may have moved it), or the serving version holds another count of untouched
 * persons than the new directory (a touched person the serving rows did not reveal).
 */
export async function findPersonChange(
  client: PoolClient,
  knowledge: Knowledge,
  change: ArticleChange,
  numbering: PersonNumbering,
): Promise<PersonChange | undefined> {
  const { people } = knowledge;
  const linking = people.linking;
  if (!linking || numbering.positional) return undefined;
  const locals = new Map<string, LocalPerson[]>();
  const speakers = new Set<string>();
  const note = (articleId: string, extraction: ArticleExtraction | undefined): void => {
    if (!extraction) return;
    locals.set(articleId, [...(locals.get(articleId) ?? []), ...localsOf(extraction)]);
    for (const quotation of extraction.quotations) speakers.add(quotation.speaker);
  };
  for (const id of change.upserted) note(id, knowledge.extractions.get(id));
  for (const [id, { extraction }] of change.previous) note(id, extraction);
  const ids = new Set([...change.upserted, ...change.previous.keys()]);
  // The articles' persons before the change are named by their old locals, so the new
  // directory's linking finds every surname to relink, as a reload over the old one would.
  const { surnames } = affectedSurnames(people, { ids, upserted: locals });

  const numbers = new Set<number>();
  people.persons.forEach((record, position) => {
    if (surnames.has(linking.surnames[position]!) || speakers.has(record.name))
      numbers.add(numbering.numbers[position]!);
  });
  // A serving person is listed under each word of its names, its surname among them.
  const served = await client.query<{ persons: number[] }>(
    "SELECT persons FROM who_postings WHERE removed_in IS NULL AND map = 'name' AND key = ANY($1::text[])",
    [[...surnames]],
  );
  for (const row of served.rows) for (const number of row.persons) numbers.add(number);

  const positions: number[] = [];
  let untouched = 0;
  for (let position = 0; position < numbering.numbers.length; position++) {
    const number = numbering.numbers[position]!;
    if (numbers.has(number)) positions.push(position);
    else if (isBeside(number, numbers)) return undefined;
    else untouched++;
  }
  const servedOthers = await client.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM who_persons WHERE removed_in IS NULL AND NOT (person = ANY($1::int[]))',
    [[...numbers]],
  );
  if (servedOthers.rows[0]!.count !== untouched) return undefined;
  return { numbers, positions };
}
