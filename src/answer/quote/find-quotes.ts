import { isListedGivenName } from '../../vocabulary/first-names.js';
import { parseQuoteQuestion, splitLoosely } from '../question/parse-quote-question.js';
import type { IntList } from '../when/int-list.js';
import { postingLength, postingList } from '../when/posting-lists.js';
import { compareInReadingOrder, entriesOfPerson, sortInReadingOrder, type QuoteView } from './quote-view.js';
import { findNamesakeEntries, findSpeakerEntries, type FindPeopleByRole } from './find-speaker.js';
import { topicTerms, type QuoteTables } from './tables.js';

// Topic matches beyond this many are never shown; cutting early keeps broad words fast.
const CANDIDATE_LIMIT = 200;
// A word of the topic found around the quotation (its paragraph, its headline) counts for this much
// of one found in the quoted words.
const CONTEXT_WEIGHT = 0.5;
// A quotation answers a topic alone when it covers this share of the topic's weight.
const TOPIC_COVERAGE = 0.5;

/**
 * The entries that answer the question, best first. A question that names a speaker ("what did
 * X say about Y", a name, a role, an agency) gets that speaker's quotations only (on the topic,
 * when it names one); never anyone else's, even when the speaker has none.
 */
export function findQuotes(
  tables: QuoteTables,
  view: QuoteView,
  query: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] {
  const question = parseQuoteQuestion(query);
  if (question.speaker === null) return findByTopic(tables, view, question.topic ?? '');
  const spoken = findSpeakerEntries(tables, view, question.speaker, findPeopleByRole);
  if (spoken && question.topic) {
    const onTopic = rankByTopic(tables, spoken, question.topic, view);
    // "what did Nasser say about the dam": of the bearers of a surname asked alone, the one whose
    // words hold the most of the topic, though another bearer is better known.
    const namesake =
      onTopic.length > 0 ? bestNamesakeOnTopic(tables, view, question.speaker, question.topic, onTopic) : null;
    if (namesake) return namesake;
    if (onTopic.length > 0) return onTopic;
    // "What did President Nasser say about the dam": a surname alone may be a namesake's, whose
    // words on the topic answer it when the best-known bearer's do not.
    return rankByTopic(tables, findNamesakeEntries(tables, view, question.speaker), question.topic, view);
  }
  if (spoken && spoken.length > 0) return spoken;
  if (question.topic) {
    const told = findAmongDescribed(tables, view, question.speaker, question.topic, findPeopleByRole);
    if (told.length > 0) return told;
  }
  if (spoken) return spoken;
  if (question.explicit) return [];
  const loose = splitLoosely(question.speaker);
  const looseSpoken = loose && findSpeakerEntries(tables, view, loose.speaker, findPeopleByRole);
  if (looseSpoken) return rankByTopic(tables, looseSpoken, loose.topic);
  // "Jimmy White" asks for his words; others' words that name a Jimmy or a White are no answer.
  if (isPersonalName(question.speaker)) return [];
  return findByTopic(tables, view, question.speaker);
}

/**
 * "What did the Kelford analyst say about the merger": a description several people fit alike
 * names the one of them whose words are on the topic, when only one's are.
 */
function findAmongDescribed(
  tables: QuoteTables,
  view: QuoteView,
  speaker: string,
  topic: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] {
  const described = findPeopleByRole?.(speaker) ?? [];
  if (described.length < 2) return [];
  const entries = described.flatMap((person) => entriesOfPerson(view, person) ?? []);
  const onTopic = rankByTopic(tables, sortInReadingOrder(tables, view, entries), topic);
  return new Set(onTopic.map((entry) => view.entrySpeaker[entry])).size === 1 ? onTopic : [];
}

/** Another bearer's on-topic words, when their best covers more of the topic than `onTopic`'s best. */
function bestNamesakeOnTopic(
  tables: QuoteTables,
  view: QuoteView,
  speaker: string,
  topic: string,
  onTopic: readonly number[],
): number[] | null {
  const namesakes = findNamesakeEntries(tables, view, speaker);
  const chosen = view.entrySpeaker[onTopic[0]!];
  const others = namesakes.filter((entry) => view.entrySpeaker[entry] !== chosen && view.entrySpeaker[entry] !== null);
  if (others.length === 0) return null;
  const weighted = weighTopic(tables, topic);
  const best = (entries: readonly number[]): number =>
    Math.max(0, ...entries.map((entry) => scoreEntry(tables, entry, weighted)));
  const rival = rankByTopic(tables, others, topic);
  if (rival.length === 0) return null;
  const rivalSpeaker = view.entrySpeaker[rival[0]!];
  const theirs = rival.filter((entry) => view.entrySpeaker[entry] === rivalSpeaker);
  return best(theirs) > best(onTopic) ? theirs : null;
}

/** Two or three capitalised words opened by a given name: a person's name, not a topic. */
function isPersonalName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(word)) &&
    isListedGivenName(words[0]!.toLowerCase())
  );
}

interface WeightedTerm {
  term: number;
  weight: number;
}

/** The topic's words the tables know, each weighted by how rare it is among the contexts. */
function weighTopic(tables: QuoteTables, topic: string): WeightedTerm[] {
  const total = Math.max(1, tables.liveEntries);
  const weighted: WeightedTerm[] = [];
  for (const word of topicTerms(topic)) {
    const term = tables.termIds.get(word);
    const frequency = term === undefined ? 0 : postingLength(tables.contextPostings, term);
    // A word no quotation is said near still counts against coverage: the topic is not all there.
    weighted.push({ term: term ?? -1, weight: Math.log(1 + total / (1 + frequency)) });
  }
  return weighted;
}

function holds(starts: IntList, terms: IntList, entry: number, term: number): boolean {
  for (let position = starts.values[entry]!; position < starts.values[entry + 1]!; position++)
    if (terms.values[position] === term) return true;
  return false;
}

function scoreEntry(tables: QuoteTables, entry: number, topic: readonly WeightedTerm[]): number {
  let score = 0;
  for (const { term, weight } of topic) {
    if (term < 0) continue;
    if (holds(tables.quoteTermStart, tables.quoteTerms, entry, term)) score += weight;
    else if (holds(tables.contextTermStart, tables.contextTerms, entry, term)) score += CONTEXT_WEIGHT * weight;
  }
  return score;
}

/**
 * A speaker's quotations on the topic (a word of it in the quotation or around it), best match
 * first, then their other quotations of the same stories; none when nothing they said touches
 * it, so the adapter can say so and show the rest.
 */
function rankByTopic(tables: QuoteTables, entries: readonly number[], topic: string, view?: QuoteView): number[] {
  const weighted = weighTopic(tables, topic);
  const scores = new Map(entries.map((entry) => [entry, scoreEntry(tables, entry, weighted)]));
  const order = new Map(entries.map((entry, index) => [entry, index]));
  const onTopic = entries
    .filter((entry) => scores.get(entry)! > 0)
    .sort((a, b) => scores.get(b)! - scores.get(a)! || order.get(a)! - order.get(b)!);
  // What they said elsewhere in a story where they spoke on the topic is likely on it too, the
  // topic being named once in the story ("house arrest without trial") and not again.
  const stories = new Set(onTopic.map((entry) => tables.entryGroup.values[entry]!));
  const sameStory = entries.filter((entry) => scores.get(entry) === 0 && stories.has(tables.entryGroup.values[entry]!));
  if (onTopic.length > 0 || !view) return [...onTopic, ...sameStory];
  // "What did the Harvard economist say about the deficit": none of his words name it, but what he
  // said in a story about the deficit is what the question asks for.
  const words = topicTerms(topic);
  if (words.length === 0) return [];
  const onStory = new Map<number, boolean>();
  return entries.filter((entry) => {
    const group = tables.entryGroup.values[entry]!;
    let holds = onStory.get(group);
    if (holds === undefined) onStory.set(group, (holds = storyHolds(tables, view, group, words)));
    return holds;
  });
}

/** Every word of the topic is in the story's headline or text. */
function storyHolds(tables: QuoteTables, view: QuoteView, group: number, words: readonly string[]): boolean {
  const article = view.knowledge.articles.get(tables.groupArticle[group]!);
  if (!article) return false;
  const text = new Set(topicTerms([article.title, ...article.paragraphs].join('\n')));
  return words.every((word) => text.has(word));
}

/** Quotations on a topic, whoever said them: those that cover most of its weight, best first. */
function findByTopic(tables: QuoteTables, view: QuoteView, topic: string): number[] {
  const weighted = weighTopic(tables, topic);
  const possible = weighted.reduce((sum, { weight }) => sum + weight, 0);
  if (possible === 0) return [];
  const candidates = new Set<number>();
  for (const { term } of weighted) {
    if (term < 0) continue;
    const posting = postingList(tables.contextPostings, term);
    for (let position = 0; position < posting.length; position++) candidates.add(posting.values[position]!);
  }
  const scored: Array<{ entry: number; score: number }> = [];
  for (const entry of candidates) {
    const score = scoreEntry(tables, entry, weighted);
    if (score >= TOPIC_COVERAGE * possible) scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || compareInReadingOrder(tables, view, a.entry, b.entry))
    .slice(0, CANDIDATE_LIMIT)
    .map(({ entry }) => entry);
}
