import { eventWords } from '../../extract/dates/event-words.js';
import type { DatedEvent } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { WhenTables } from './tables.js';

// How far around its date words a date's clause reaches, in characters each way.
const REACH = 60;
const QUESTION_PREPOSITION = /^\s*(from|since|by|until|till)\s+when\b/i;

/**
 * How much of the question stands near each date of a sentence, for telling apart the dates of
 * one sentence ("approved earlier this month a plan to expand the syndicate from April"): the
 * question's words within reach of the date words, and one more when the question asks "from
 * when", "since when" or "by when" and the date is given that way. Worked out only for the slots
 * a tie brings to it.
 */
export function clauseAffinity(tables: WhenTables, knowledge: Knowledge, query: string): (slot: number) => number {
  const words = eventWords(query);
  const preposition = QUESTION_PREPOSITION.exec(query)?.[1]?.toLowerCase();
  const lowerQuery = query.toLowerCase();
  const known = new Map<number, number>();
  return (slot) => {
    let value = known.get(slot);
    if (value !== undefined) return value;
    value = 0;
    const part = tables.slotPart.values[slot]!;
    const articleId = tables.groupArticle[tables.slotGroup.values[slot]!]!;
    const event = part >= 0 ? knowledge.extractions.get(articleId)?.events[part] : undefined;
    if (event) {
      const sentence = event.sentence;
      const at = Math.max(0, sentence.indexOf(event.dateText));
      const siblings = siblingsOf(knowledge, articleId, event);
      // The words before a sentence's first date say what all its dates share ("Davenport has won
      // three Grand Slams, the 2000 ..., and the 1998 US Open"): they tell none apart, but the
      // first date's leading words below still count them.
      const firstDate = Math.min(at, ...siblings.map((other) => sentence.indexOf(other)).filter((found) => found >= 0));
      const near = sentence.slice(
        Math.max(0, at - REACH, siblings.length > 0 ? firstDate : 0),
        at + event.dateText.length + REACH,
      );
      // A word that leads to another date of the sentence ("payable May 22 to holders of record
      // on May 8") is about that date, not this one.
      // A date that opens the sentence qualifies the clause after it, other dates' words included.
      const opens = opensSentence(sentence, at, event.dateText);
      // So is the noun a determiner and another date lead to ("the 1998 US Open").
      const others = new Set([
        ...(opens ? [] : siblings.flatMap((other) => [...eventWords(leadingOf(sentence, other, event.dateText))])),
        ...siblings.flatMap((other) => [...eventWords(nounDatedBy(sentence, other))]),
      ]);
      const ownNoun = eventWords(nounDatedBy(sentence, event.dateText));
      for (const word of ownNoun) others.delete(word);
      // "a slump caused by the 1982 collapse of the market, a new rescue scheme was adopted": a
      // year that dates a noun dates that noun and what follows it up to a comma, not the words
      // before it or beyond.
      const reached = ownNoun.size > 0 ? nounPhraseAfter(sentence, at + event.dateText.length) : near;
      for (const word of eventWords(reached)) if (words.has(word) && !others.has(word)) value++;
      // News puts what a date qualifies just before it, in the same phrase: "payable May 22 to
      // holders of record on May 8", "notes due 1997". The words since the last comma or the
      // sentence's previous date count once more; a date that opens the sentence ("In 2000, EU
      // leaders pledged ... by 2010") qualifies the clause after it.
      // "a boost in September when ... a plan was introduced": so does a date the clause after
      // "when" follows.
      const after = at + event.dateText.length;
      const leading = WHEN_CLAUSE.test(sentence.slice(after))
        ? sentence.slice(after)
        : opens
          ? sentence.slice(after, nextDateStart(sentence, after, siblings))
          : sentence.slice(leadingStart(sentence, at, event.dateText, siblings), at);
      for (const word of eventWords(leading)) if (words.has(word)) value++;
      // "until when can they be exercised" asks for the end of "from May 1 until June 30": the
      // bound the question names outweighs the words near the other date.
      if (preposition && givenAs(preposition, sentence.slice(Math.max(0, at - 20), at), event.dateText))
        value += BOUND_BONUS;
      // "since the June 5, 1986 start of leaching": a date between a determiner and a noun dates
      // that noun, which the words after it name.
      for (const word of ownNoun) if (words.has(word)) value++;
      // "when did fiscal 1986 end": a date the question states is what it asks about, not the answer.
      if (statedIn(lowerQuery, event.dateText)) value -= STATED_PENALTY;
    }
    known.set(slot, value);
    return value;
  };
}

// The distinct date words of each sentence, once per article's event list: an article of
// thousands of dates (or one sentence repeated) made a scan of them all for each tied date slow.
const datesBySentence = new WeakMap<readonly DatedEvent[], Map<string, string[]>>();

const WHEN_CLAUSE = /^,?\s+when\b/i;
const DETERMINER_BEFORE = /\b(?:the|its|his|her|their|a|an)\s+$/i;
const DETERMINER_OPENING = /^(?:(?:the|its|his|her|their|a|an)|\p{Lu}[\p{L}&.-]*['\u2019]s?)\s+\d{4}$/iu;
// Up to four words from a noun on: "start of leaching to", "US Open and the".
const NOUN_AFTER = /^\s+\p{L}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}/u;
const PHRASE_END = /\s(?:by|in|on|at|for|with|to|from|and|or|but|as|after|before|when|while|which|that|who)(?=\s|$)/i;
// More than the question words one date of a sentence has over another.
const BOUND_BONUS = 10;
// Outweighs any number of question words near the date.
const STATED_PENALTY = 100;
const LEADING_PREPOSITION = /^(?:in|on|at|by|since|from|until|till|during|for|of|to|through|before|after)\s+/i;

/** The words of the noun a date between a determiner and that noun dates, up to a comma; '' for none. */
function nounDatedBy(sentence: string, dateText: string): string {
  const at = sentence.indexOf(dateText);
  // The year patterns keep the determiner in the date words ("the 1998", "Allied's 1981").
  const determined =
    DETERMINER_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) || DETERMINER_OPENING.test(dateText);
  if (at < 0 || !determined) return '';
  // The noun phrase ends at a comma or at a preposition other than "of" ("the 2006 finals by
  // playing Switzerland": the finals, not the playing).
  const phrase = (NOUN_AFTER.exec(sentence.slice(at + dateText.length))?.[0] ?? '').split(/[,;]/)[0]!;
  return phrase.split(PHRASE_END)[0]!;
}

function nounPhraseAfter(sentence: string, from: number): string {
  const window = sentence.slice(from, from + REACH);
  return window.split(/[,;:]/)[0]!;
}

function statedIn(lowerQuery: string, dateText: string): boolean {
  const core = dateText.replace(LEADING_PREPOSITION, '').toLowerCase();
  return /\d/.test(core) && lowerQuery.includes(core);
}

/** The date words of the event's sentence other than its own. */
function siblingsOf(knowledge: Knowledge, articleId: string, event: DatedEvent): readonly string[] {
  const events = knowledge.extractions.get(articleId)?.events ?? [];
  let bySentence = datesBySentence.get(events);
  if (!bySentence) {
    bySentence = new Map();
    for (const other of events) {
      const dates = bySentence.get(other.sentence);
      if (!dates) bySentence.set(other.sentence, [other.dateText]);
      else if (!dates.includes(other.dateText)) dates.push(other.dateText);
    }
    datesBySentence.set(events, bySentence);
  }
  return (bySentence.get(event.sentence) ?? []).filter((dateText) => dateText !== event.dateText);
}

const COMPARISON_BASE = /\b(?:from|versus|vs\.?|against|compared with)\s+(?=[\d$\u00a3\u20ac])/g;

// Between a range's two dates: "from May 15, 1987 until August 13, 1993", "March 3 to March 9".
const RANGE_JOINER = /^\s*(?:until|till|to|through|and|-|\u2013)?\s*$/i;
const RANGE_END = /^(?:until|till|to|through)\s/i;

/**
 * Where the words leading to a date begin. The second date of a range shares the words that
 * lead to the first ("entitles the holder to buy shares in the period from May 15, 1987 until
 * August 13, 1993"): they say what the whole range is of.
 */
function leadingStart(sentence: string, at: number, dateText: string, siblings: readonly string[]): number {
  const start = previousDateEnd(sentence, at, siblings);
  const joiner = sentence.slice(start, at);
  if (!RANGE_JOINER.test(joiner) || (joiner.trim() === '' && !RANGE_END.test(dateText))) return start;
  for (const other of siblings) {
    const found = sentence.lastIndexOf(other, start - other.length);
    if (found >= 0 && found + other.length === start) return previousDateEnd(sentence, found, siblings);
  }
  return start;
}

/** Where the words leading to a date start: after the last phrase break or other date before it, within reach. */
function previousDateEnd(sentence: string, at: number, siblings: readonly string[]): number {
  // Only the reach before the date is searched: a sentence can run to a thousand characters.
  const from = Math.max(0, at - REACH);
  const window = sentence.slice(from, at);
  // "said it would not return but did so in 2002": a conjunction opens the date's own clause.
  let start = Math.max(...[',', ';', ':', ' - ', ' but ', ' and '].map((mark) => window.lastIndexOf(mark)), -1) + 1;
  // "rose to 65.6 pct from 64.3 pct last year": after "from" and a figure, the date dates that
  // figure, the base of a comparison, and not what the clause before it says.
  for (const match of window.matchAll(COMPARISON_BASE)) start = Math.max(start, match.index + match[0].length);
  for (const other of siblings) {
    const found = window.lastIndexOf(other);
    if (found >= 0) start = Math.max(start, found + other.length);
  }
  return from + Math.min(start, window.length);
}

/** The words leading to another date of the sentence, which stops at this one's date words. */
function leadingOf(sentence: string, other: string, own: string): string {
  const at = sentence.indexOf(other);
  if (at < 0 || opensSentence(sentence, at, other)) return '';
  return sentence.slice(previousDateEnd(sentence, at, [own]), at);
}

function opensSentence(sentence: string, at: number, dateText: string): boolean {
  return at === 0 && sentence.slice(dateText.length).trimStart().startsWith(',');
}

function nextDateStart(sentence: string, from: number, siblings: readonly string[]): number {
  let end = sentence.length;
  for (const other of siblings) {
    const found = sentence.indexOf(other, from);
    if (found >= 0) end = Math.min(end, found);
  }
  return end;
}

// "from when" is answered by "beginning January 1988" as well as "from January"; "by when" by
// "before October 30" or the "to" closing a range ("from May 2 to October 9, 1991").
const STARTS = ['from', 'since', 'beginning', 'starting', 'effective'];
const ENDS = ['by', 'before', 'until', 'till', 'through', 'to'];
const SAME_BOUND: Record<string, readonly string[]> = {
  from: STARTS,
  since: STARTS,
  by: ENDS,
  until: ENDS,
  till: ENDS,
};

/** Whether the date is given the way the question asks: a bound word opening the date words or just before them. */
function givenAs(preposition: string, before: string, dateText: string): boolean {
  const bounds = SAME_BOUND[preposition] ?? [];
  const opening = dateText.split(/\s+/)[0]!.toLowerCase();
  const previous = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return bounds.includes(opening) || bounds.includes(previous);
}
