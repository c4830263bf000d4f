import type { WhenAnswer } from '../../answer/types.js';
import { clauseAffinity } from '../../answer/when/clause-affinity.js';
import { appendInt } from '../../answer/when/int-list.js';
import { setPosting } from '../../answer/when/posting-lists.js';
import { questionWeights } from '../../answer/when/question-weights.js';
import { rankSlots } from '../../answer/when/ranked-slots.js';
import { fitScratch, MIN_COVERAGE, scoreSlots, type ScoredSlot } from '../../answer/when/score-slots.js';
import { createTables, NEAR_MARK, type WhenTables } from '../../answer/when/tables.js';
import { toAnswers } from '../../answer/when/to-answers.js';
import { weighByTense } from '../../answer/when/question-tense.js';
import type { Article } from '../../corpus/article.js';
import { eventWords } from '../../extract/dates/event-words.js';
import type { ArticleExtraction, DatedEvent } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { int32sOf } from './insert-rows.js';
import { LookupMap } from './lookup-map.js';
import { visibleAt, type PinnedRead } from './pinned-read.js';
import { readAnswerStories } from './stored-articles.js';

// The articles read before the first ranking: those of the best-scored slots, where answers usually are.
const FIRST_READ = 30;
// Stands in for a slot's own terms in the partial tables: only their count is ever read of them.
const OWN_TERM = '\u0000own';

interface GroupRow {
  group: number;
  article_id: string;
  first_slot: number;
  first_event: number;
  end_slot: number;
  parts: Buffer;
  answer_hashes: Buffer;
  undated: Buffer;
  own_terms: Buffer;
}

/**
 * /when from the database, ranked by the in-memory engine's own code (scoreSlots, rankSlots,
 * clauseAffinity, toAnswers): the postings of the question's words and the groups they reach
 * are read into tables that hold those alone, numbered in the stored order, so every score and
 * tie falls as in memory. The articles and events the answers read are read as they are asked for.
 */
export async function answerWhen(read: PinnedRead, query: string): Promise<WhenAnswer[]> {
  const words = [...eventWords(query)];
  if (words.length === 0) return [];
  const tables = await readTables(read, query, words);
  const scored = scoreSlots(tables, query, fitScratch(null, tables));
  if (scored.length === 0) return [];
  const articles = new Map<string, Article>();
  const extractions = new Map<string, ArticleExtraction>();
  const best = [...scored].sort((a, b) => b.score - a.score).slice(0, FIRST_READ);
  let wanted = new Set(best.map(({ slot }) => tables.groupArticle[tables.slotGroup.values[slot]!]!));
  const tried = new Set<string>();
  for (;;) {
    await readAnswerArticles(read, wanted, articles, extractions);
    for (const id of wanted) tried.add(id);
    const missing = new Set<string>();
    const knowledge = {
      articles: new LookupMap(articles, missing),
      extractions: new LookupMap(extractions, missing),
    } as unknown as Knowledge;
    const affinity = clauseAffinity(tables, knowledge, query);
    // The in-memory engine's order: groups are numbered in the corpus's order here, as in a fresh build.
    const group = tables.slotGroup.values;
    const breakTie = (a: ScoredSlot, b: ScoredSlot): number =>
      affinity(b.slot) - affinity(a.slot) || group[a.slot]! - group[b.slot]! || a.slot - b.slot;
    const answers = toAnswers(tables, knowledge, rankSlots(weighByTense(tables, knowledge, query, scored), breakTie));
    // Every article the ranking read was there: it ranked as in memory (one the version lacks, never).
    if ([...missing].every((id) => tried.has(id))) return answers;
    wanted = missing;
  }
}

/**
 * The postings of the question's words and "~words", and the groups they can score, as /when
 * tables. Only the words that can admit a slot (scoreSlots' rare words, weighed here as there)
 * reach groups to read: a common word only adds to slots those found, so its postings outside
 * them stand as one slot and one group that hold nothing, which keeps every list's length (its
 * weight) and order.
 */
async function readTables(read: PinnedRead, query: string, words: readonly string[]): Promise<WhenTables> {
  const terms = await read.db.query<{ term: string; slots: Buffer; slot_groups: Buffer; groups: Buffer }>(
    `SELECT term, slots, slot_groups, groups FROM when_terms WHERE ${visibleAt('when_terms', '$1')} AND term = ANY($2::text[])`,
    [read.version, [...words, ...words.map((word) => `${NEAR_MARK}${word}`)]],
  );
  const total = await read.db.query<{ value: number }>(
    `SELECT value FROM answer_totals WHERE ${visibleAt('answer_totals', '$1')} AND name = 'when_slots'`,
    [read.version],
  );
  const postings = terms.rows.map((row) => ({
    term: row.term,
    slots: int32sOf(row.slots),
    slotGroups: int32sOf(row.slot_groups),
    groups: int32sOf(row.groups),
  }));
  const liveSlots = total.rows[0]?.value ?? 0;
  const admitting = admittingWords(postings, liveSlots, query);
  const reached = new Set<number>();
  for (const row of postings) {
    if (!admitting.has(row.term.startsWith(NEAR_MARK) ? row.term.slice(NEAR_MARK.length) : row.term)) continue;
    for (const group of row.slotGroups) reached.add(group);
    for (const group of row.groups) reached.add(group);
  }
  const groups = await read.db.query<GroupRow>(
    `SELECT "group", article_id, first_slot, first_event, end_slot, parts, answer_hashes, undated, own_terms
       FROM when_groups WHERE ${visibleAt('when_groups', '$1')} AND "group" = ANY($2::int[]) ORDER BY "group"`,
    [read.version, [...reached]],
  );
  const tables = createTables();
  const ownTerm = tables.vocabulary.push(OWN_TERM) - 1;
  // Stored group -> its number here, and stored slot -> its number here (the group's slots are kept whole).
  const localGroup = new Map<number, number>();
  const slotShift = new Map<number, number>();
  for (const row of groups.rows) placeGroup(tables, row, ownTerm, localGroup, slotShift);
  // The last group, one slot and no events: where postings outside the groups read stand.
  const elsewhereGroup = tables.groupArticle.length;
  const elsewhereSlot = tables.slotGroup.length;
  tables.groupArticle.push('');
  tables.groupHash.push('');
  appendInt(tables.groupFirst, elsewhereSlot);
  appendInt(tables.slotGroup, elsewhereGroup);
  appendInt(tables.slotPart, -1);
  appendInt(tables.slotAnswerHash, 0);
  appendInt(tables.slotUndated, 0);
  appendInt(tables.slotTermStart, tables.slotTerms.length);
  appendInt(tables.groupFirstEvent, elsewhereSlot + 1);
  appendInt(tables.groupEnd, elsewhereSlot + 1);
  setPosting(tables.postings, ownTerm, []);
  setPosting(tables.contextPostings, ownTerm, []);
  for (const row of postings) {
    const id = tables.vocabulary.push(row.term) - 1;
    tables.termIds.set(row.term, id);
    setPosting(
      tables.postings,
      id,
      ascending(
        row.slots.map((slot, index) => {
          const shift = slotShift.get(row.slotGroups[index]!);
          return shift === undefined ? elsewhereSlot : slot + shift;
        }),
      ),
    );
    setPosting(
      tables.contextPostings,
      id,
      ascending(row.groups.map((group) => localGroup.get(group) ?? elsewhereGroup)),
    );
  }
  tables.liveSlots = liveSlots;
  return tables;
}

/** A list whose entries outside the groups read were mapped to the last, moved last: ascending again. */
function ascending(values: Int32Array): Int32Array {
  return values.sort();
}

/**
 * The question's words that can bring a slot in, as scoreSlots walks them: rarest first, while
 * the weight of the words left still reaches MIN_COVERAGE of the whole on its own.
 */
function admittingWords(
  postings: ReadonlyArray<{ term: string; slots: Int32Array }>,
  liveSlots: number,
  query: string,
): Set<string> {
  const probe = createTables();
  for (const row of postings) {
    const id = probe.vocabulary.push(row.term) - 1;
    probe.termIds.set(row.term, id);
    setPosting(probe.postings, id, row.slots);
  }
  probe.liveSlots = liveSlots;
  const weights = [...questionWeights(probe, query)].sort((a, b) => b[1] - a[1]);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const admitting = new Set<string>();
  let remaining = total;
  for (const [word, weight] of weights) {
    if (remaining >= MIN_COVERAGE * total) admitting.add(word);
    remaining -= weight;
  }
  return admitting;
}

function placeGroup(
  tables: WhenTables,
  row: GroupRow,
  ownTerm: number,
  localGroup: Map<number, number>,
  slotShift: Map<number, number>,
): void {
  const group = tables.groupArticle.length;
  const first = tables.slotGroup.length;
  localGroup.set(row.group, group);
  slotShift.set(row.group, first - row.first_slot);
  tables.groupArticle.push(row.article_id);
  tables.groupHash.push('');
  tables.groupByArticle.set(row.article_id, group);
  appendInt(tables.groupFirst, first);
  appendInt(tables.groupFirstEvent, first + row.first_event - row.first_slot);
  const [parts, hashes, undated, ownTerms] = [row.parts, row.answer_hashes, row.undated, row.own_terms].map(int32sOf);
  parts!.forEach((part, index) => {
    appendInt(tables.slotGroup, group);
    appendInt(tables.slotPart, part);
    appendInt(tables.slotAnswerHash, hashes![index]!);
    appendInt(tables.slotUndated, undated![index]!);
    for (let count = 0; count < ownTerms![index]!; count++) appendInt(tables.slotTerms, ownTerm);
    appendInt(tables.slotTermStart, tables.slotTerms.length);
  });
  appendInt(tables.groupEnd, tables.slotGroup.length);
}

/**
 * The articles (for citations and their headline and lead) and events of these ids, added to
 * the maps the ranking reads.
 */
function readAnswerArticles(
  read: PinnedRead,
  ids: ReadonlySet<string>,
  articles: Map<string, Article>,
  extractions: Map<string, ArticleExtraction>,
): Promise<void> {
  return readAnswerStories<{ article_id: string; first_paragraph: string; events: DatedEvent[] }>(
    read,
    ids,
    { articles, extractions },
    `SELECT article_id, first_paragraph, events FROM when_groups WHERE ${visibleAt('when_groups', '$1')} AND article_id = ANY($2::text[])`,
    (row) => ({ paragraphs: [row.first_paragraph], extraction: { events: row.events } }),
  );
}
