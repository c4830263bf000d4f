import { isListedGivenName } from '../../vocabulary/first-names.js';
import {
  readAffiliatedName,
  readTitledName,
  statesAffiliation,
  type AffiliatedName,
} from '../question/affiliated-name.js';
import { isPluralRole, isRoleNoun } from '../../extract/people/role-nouns.js';
import { foldText, toTerms } from '../../text/normalize.js';
import type { IntList } from '../when/int-list.js';
import { compareInReadingOrder, entriesOfPerson, sortInReadingOrder, type QuoteView } from './quote-view.js';
import type { QuoteTables } from './tables.js';
import { speaksFor, voiceRolePhrases } from './body-voices.js';
import { findNamesakeEntries, findSurnameSpeaker, postingOf, TITLE_TERMS } from './surname-speakers.js';

export { findNamesakeEntries };

/**
 * The people (numbers in the directory) a description names best: "the Belgian finance minister";
 * several when they fit alike, which names none of them unless the question says more.
 */
export type FindPeopleByRole = (phrase: string) => number[];

/** The one person a description names, or none when it names several alike. */
function describedPerson(findPeopleByRole: FindPeopleByRole | undefined, phrase: string): number[] {
  const found = findPeopleByRole?.(phrase) ?? [];
  return found.length === 1 ? found : [];
}

/**
 * The quotations of the speaker a phrase names, in the order a speaker's quotations are shown;
 * null when it names no speaker (a person named but never quoted gives an empty list).
 */
export function findSpeakerEntries(
  tables: QuoteTables,
  view: QuoteView,
  phrase: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] | null {
  const found = findNamedSpeakerEntries(tables, view, phrase, findPeopleByRole);
  // "CFTC commissioner Davis": the name's quotations in the articles that state the title too,
  // when they are more than the words of speakers introduced in just those words.
  const titled = readTitledName(phrase);
  if (titled) {
    // A surname alone may be any namesake's: the title tells which.
    const named = titled.name.includes(' ')
      ? (findNamedSpeakerEntries(tables, view, titled.name, findPeopleByRole) ?? [])
      : findNamesakeEntries(tables, view, titled.name);
    const states = articleStates(tables, view, titled);
    const stated = named.filter(states);
    if (stated.length > (found?.length ?? 0)) return stated;
  }
  if (found !== null && found.length > 0) return found;
  // "what did Kelford Weekly magazine say": the kind of publication or document after its name
  // is how the asker knows it; the article quotes the name alone.
  const kind = PUBLICATION_KIND.exec(phrase.trim());
  if (kind) {
    const named = findNamedSpeakerEntries(tables, view, kind[1]!, findPeopleByRole);
    if (named !== null && named.length > 0) return named;
  }
  // "Kevin Hogan of Symantec": the name's quotations in the articles that state the body too.
  const affiliated = readAffiliatedName(phrase);
  if (affiliated) {
    const named = findNamedSpeakerEntries(tables, view, affiliated.name, findPeopleByRole);
    if (named !== null && named.length > 0) return named.filter(articleStates(tables, view, affiliated));
  }
  // "Age Concern's Gordon Lishman": the body a full name is given with only says whose he is.
  const possessed = POSSESSED_NAME.exec(phrase.trim());
  if (!possessed) return found;
  const named = findNamedSpeakerEntries(tables, view, possessed[1]!, findPeopleByRole);
  return named !== null && named.length > 0 ? named : found;
}

/** A test of entries: whether the entry's article states the affiliation, each article read once. */
function articleStates(tables: QuoteTables, view: QuoteView, affiliated: AffiliatedName): (entry: number) => boolean {
  const byGroup = new Map<number, boolean>();
  return (entry) => {
    const group = tables.entryGroup.values[entry]!;
    let states = byGroup.get(group);
    if (states === undefined) {
      const article = view.knowledge.articles.get(tables.groupArticle[group]!);
      states = article !== undefined && statesAffiliation([article.title, ...article.paragraphs].join(' '), affiliated);
      byGroup.set(group, states);
    }
    return states;
  };
}

const PUBLICATION_KIND =
  /^(.+?)\s+(?:magazine|newspaper|paper|journal|weekly|daily|website|site|newsletter|report|study|survey|statement)$/iu;

/**
 * Every phrase findSpeakerEntries may look up as a role for a speaker phrase: the phrase, the
 * voices of a body it names ("its spokesman"), and the same for the name before a publication's
 * kind. An engine that reads roles beforehand (the database's) reads these.
 */
export function rolePhrasesAsked(speaker: string): string[] {
  const named = PUBLICATION_KIND.exec(speaker.trim())?.[1];
  return [speaker, named].flatMap((phrase) => (phrase ? [phrase, ...voiceRolePhrases(phrase)] : []));
}

const POSSESSED_NAME = /^.+?['\u2019]s\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)+)$/u;

function findNamedSpeakerEntries(
  tables: QuoteTables,
  view: QuoteView,
  phrase: string,
  findPeopleByRole?: FindPeopleByRole,
): number[] | null {
  const nameTerms = toTerms(phrase).filter((term) => !TITLE_TERMS.has(term));
  const person = nameTerms.length > 0 ? findPerson(tables, view, foldText(phrase).trim(), nameTerms) : null;
  const quoted = person === null ? undefined : entriesOfPerson(view, person);
  if (quoted) return rankSpeakerEntries(tables, view, withUnlinkedNamesakes(tables, view, quoted, nameTerms));
  // "Telewest's president", "the Harvard economist": a description is read as /who reads it, before
  // a firm's name in it is taken for the speaker.
  const described = describedPerson(findPeopleByRole, phrase);
  const describedEntries = described.flatMap((candidate) => entriesOfPerson(view, candidate) ?? []);
  if (describedEntries.length > 0 && (describesRole(phrase) || person === null)) {
    return rankSpeakerEntries(tables, view, sortInReadingOrder(tables, view, describedEntries));
  }
  // A person the question names who is never quoted: nobody else's words. A lone word the
  // directory took for a person ("Chelsea"), or a name that opens with no given name ("McDonnell
  // Douglas said it signed"), may still be the body whose statements are asked for. (The name
  // alone decides: the database engine reads no roles here.)
  const record = person === null ? null : view.knowledge.people.persons[person]!;
  const first = record?.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const maybeBody = record !== null && (toTerms(record.name).length === 1 || !isListedGivenName(first));
  if (person !== null && !maybeBody) return [];
  if (nameTerms.length > 0) {
    const unlinkedSpeaking = (terms: string[]): number[] =>
      intersect(terms.map((term) => postingOf(tables, tables.speakerPostings, term))).filter(
        (entry) =>
          view.entrySpeaker[entry] === null &&
          (tables.speakerLength.values[entry]! <= terms.length + 1 || speaksFor(tables, view, entry, terms)),
      );
    // "General Holvane", "Royal Ardenco": a title's word may open a body's name.
    const allTerms = toTerms(phrase);
    let bySpeaker = unlinkedSpeaking(nameTerms);
    if (bySpeaker.length === 0 && allTerms.length > nameTerms.length) bySpeaker = unlinkedSpeaking(allTerms);
    // "what did William Hill say": its spokesman's words, "William Hill spokesman Rupert Adams".
    const voices = describesRole(phrase)
      ? []
      : voiceRolePhrases(phrase).flatMap((role) =>
          describedPerson(findPeopleByRole, role).flatMap((candidate) => entriesOfPerson(view, candidate) ?? []),
        );
    const spoken = [...new Set([...bySpeaker, ...voices])];
    if (spoken.length > 0) return rankSpeakerEntries(tables, view, sortInReadingOrder(tables, view, spoken));
    if (person !== null) return [];
    const bySurname = findSurnameSpeaker(tables, view, nameTerms);
    if (bySurname.length > 0) return rankSpeakerEntries(tables, view, sortInReadingOrder(tables, view, bySurname));
  }
  return described.length > 0 ? [] : null;
}

/**
 * "Holvane Kelford Bank said" read once as a person's words and twice as a body's: the
 * quotations of the same story given to the very name and to no one of the directory are theirs too.
 * A surname asked alone ("what did Holvane say") asks for every story's Holvane, so a story
 * that never gives the given name counts as well.
 */
function withUnlinkedNamesakes(
  tables: QuoteTables,
  view: QuoteView,
  quoted: readonly number[],
  nameTerms: readonly string[],
): readonly number[] {
  const stories = new Set(quoted.map((entry) => tables.entryGroup.values[entry]!));
  const namesakes = intersect(nameTerms.map((term) => postingOf(tables, tables.speakerPostings, term))).filter(
    (entry) =>
      view.entrySpeaker[entry] === null &&
      tables.speakerLength.values[entry] === nameTerms.length &&
      (nameTerms.length === 1 || stories.has(tables.entryGroup.values[entry]!)),
  );
  return namesakes.length === 0 ? quoted : sortInReadingOrder(tables, view, [...new Set([...quoted, ...namesakes])]);
}

function describesRole(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => isRoleNoun(word) && !isPluralRole(word));
}

/** Entries present in every posting list. Lists are ascending, so a merge walk needs no sets. */
function intersect(lists: Array<IntList | undefined>): number[] {
  if (lists.length === 0 || lists.some((list) => !list || list.length === 0)) return [];
  const sorted = (lists as IntList[]).slice().sort((a, b) => a.length - b.length);
  let result = Array.from(sorted[0]!.values.subarray(0, sorted[0]!.length));
  for (const list of sorted.slice(1)) {
    const kept: number[] = [];
    let cursor = 0;
    for (const value of result) {
      while (cursor < list.length && list.values[cursor]! < value) cursor++;
      if (cursor === list.length) break;
      if (list.values[cursor] === value) kept.push(value);
    }
    result = kept;
  }
  return result;
}

/**
 * The person the query names, if any: every name word of the query belongs to the person's name
 * or a variant. An exact name beats a surname; a person with quotations beats a namesake without;
 * among equals, the first in the directory.
 */
function findPerson(tables: QuoteTables, view: QuoteView, foldedQuery: string, nameTerms: string[]): number | null {
  const candidates = intersect(nameTerms.map((term) => postingOf(tables, view.persons.postings, term)));
  let best: { person: number; score: number } | null = null;
  for (const person of candidates) {
    const record = view.knowledge.people.persons[person]!;
    const exact = [record.name, ...record.variants].some((name) => foldText(name) === foldedQuery);
    const quoted = entriesOfPerson(view, person) !== undefined;
    const score = (exact ? 4 : 0) + (quoted ? 2 : 0) + Math.min(record.mentionCount, 1000) / 1000;
    if (!best || score > best.score) best = { person, score };
  }
  return best ? best.person : null;
}

/**
 * A speaker's quotations (given in reading order), taken in turn from each article so the first
 * page shows the breadth of what they said: articles where they say most first (where they are
 * the story, not a passing voice), each article's quotations in reading order.
 */
function rankSpeakerEntries(tables: QuoteTables, view: QuoteView, entries: readonly number[]): number[] {
  const byGroup = new Map<number, number[]>();
  for (const entry of entries) {
    const group = tables.entryGroup.values[entry]!;
    const list = byGroup.get(group);
    if (list) list.push(entry);
    else byGroup.set(group, [entry]);
  }
  const groups = [...byGroup.values()].sort(
    (a, b) => b.length - a.length || compareInReadingOrder(tables, view, a[0]!, b[0]!),
  );
  const ranked: number[] = [];
  for (let turn = 0; ranked.length < entries.length; turn++) {
    for (const list of groups) if (turn < list.length) ranked.push(list[turn]!);
  }
  return ranked;
}
