import type { PoolClient } from 'pg';
import { appendArticle, createTables, type QuoteTables } from '../../answer/quote/tables.js';
import { postingList, type PostingLists } from '../../answer/when/posting-lists.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { toTerms } from '../../text/normalize.js';
import type { ArticleChange } from './article-change.js';
import { intArray } from './insert-rows.js';
import type { PersonChange } from './person-change.js';
import { ascending, type PersonNumbering } from './person-numbers.js';
import { writeChangedRows, type WrittenRows } from './write-changed-rows.js';
import { QUOTE_TERMS } from './write-quote-tables.js';

/** A quote_terms row's lists: entries by quoted words, context and speaker name, and persons by name. */
type TermLists = [number[], number[], number[], number[]];

/** What /quote's terms follow: the change, the persons it touches, and the touched groups' tables as built. */
export interface QuoteTermChange {
  knowledge: Knowledge;
  numbering: PersonNumbering;
  persons: PersonChange;
  change: ArticleChange;
  /** The upserted articles' tables, built alone. */
  built: QuoteTables;
  /** Article id -> its group as stored. */
  groupOf: ReadonlyMap<string, number>;
  stride: number;
  /** The stored groups of the articles touched. */
  touched: ReadonlySet<number>;
}

/**
 * Writes quote_terms for `version` by splicing: the entries of the touched groups leave the
 * serving lists of the terms they and the articles' old contents hold and the fresh ones come
 * in, and the touched persons leave the lists of the terms naming them (before) and join those
 * of their names now.
 */
export async function writeQuoteTermChanges(
  client: PoolClient,
  version: number,
  { knowledge, numbering, persons, change, built, groupOf, stride, touched }: QuoteTermChange,
  written?: WrittenRows,
): Promise<void> {
  const { numbers } = numbering;
  const records = knowledge.people.persons;
  const old = createTables();
  for (const { article, extraction } of change.previous.values())
    appendArticle(old, article, extraction?.quotations ?? []);
  const holders = new Map<string, number[]>();
  for (const position of persons.positions) {
    const record = records[position]!;
    for (const word of foldNameWords(record.name, record.variants))
      holders.set(word, [...(holders.get(word) ?? []), numbers[position]!]);
  }
  const named = [...new Set([...old.vocabulary, ...built.vocabulary, ...holders.keys()])];
  const served = await client.query<{
    term: string;
    quotes: number[];
    contexts: number[];
    speakers: number[];
    persons: number[];
  }>(
    `SELECT term, quotes, contexts, speakers, persons FROM quote_terms WHERE removed_in IS NULL
        AND (term = ANY($1::text[]) OR persons && $2::int[])`,
    [named, [...persons.numbers]],
  );
  const servedLists = new Map(
    served.rows.map((row) => [row.term, [row.quotes, row.contexts, row.speakers, row.persons]]),
  );
  const fresh = (postings: PostingLists, term: string): number[] => {
    const id = built.termIds.get(term);
    if (id === undefined) return [];
    const list = postingList(postings, id);
    return Array.from(list.values.subarray(0, list.length), (entry) => numberAsStored(built, groupOf, stride, entry));
  };
  const terms = [...new Set([...named, ...servedLists.keys()])];
  const termRows: unknown[][] = [];
  for (const term of terms) {
    const before = servedLists.get(term) ?? [[], [], [], []];
    const spliced = [built.quotePostings, built.contextPostings, built.speakerPostings].map((postings, index) =>
      ascending([
        ...before[index]!.filter((entry) => !touched.has(Math.floor(entry / stride))),
        ...fresh(postings, term),
      ]),
    );
    const nameHolders = ascending([
      ...before[3]!.filter((person) => !persons.numbers.has(person)),
      ...(holders.get(term) ?? []),
    ]);
    const lists = [...spliced, nameHolders] as TermLists;
    if (lists.some((list) => list.length > 0)) termRows.push([term, ...lists.map(intArray)]);
  }
  await writeChangedRows(
    client,
    QUOTE_TERMS,
    version,
    termRows,
    written,
    terms.map((term) => [term]),
  );
}

/** The words of each person's name and variants, as the tables fold them. */
function foldNameWords(name: string, variants: readonly string[]): Set<string> {
  return new Set([name, ...variants].flatMap((text) => toTerms(text)));
}

/** An entry of the changed articles' tables as it is stored: its article's group, its place in it. */
function numberAsStored(
  built: QuoteTables,
  groupOf: ReadonlyMap<string, number>,
  stride: number,
  entry: number,
): number {
  const group = built.entryGroup.values[entry]!;
  return groupOf.get(built.groupArticle[group]!)! * stride + entry - built.groupFirst.values[group]!;
}
