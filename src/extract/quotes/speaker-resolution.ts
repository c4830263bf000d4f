import {
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  PERSON_PRONOUNS,
  SPEECH_VERBS,
  THING_PRONOUNS,
} from './lexicon.js';
import { findNamedPerson, findPersonByGivenName, findPersonBySurname, namesJointSpeakers } from './speaker-persons.js';
import { firstClauseSubjectEnd, subjectBeforeParticiple } from './clause-start.js';
import {
  ADVERBIAL_START,
  findRelativeAntecedent,
  skipSubordinateClause,
  trimLeadingAdverbial,
  findInnerSpeechVerb,
  withoutTrailingAdverbs,
} from './speaker-clauses.js';
import {
  bodyThatJustSaid,
  businessThatJustSaid,
  findCompanyAntecedent,
  findCompanyByFirstWord,
} from './company-antecedent.js';
import { findRecentSubject, type Position, type QuoteContext, type Speaker } from './quote-context.js';
import { findIntroducedBody } from './introduced-body.js';
import { genderOfPerson, resolvePronoun } from './pronouns.js';
import { findPreviousSentence, namedWithin } from './named-before.js';
import { resolveDescription, unnamed } from './speaker-description.js';
import { findInstitutionMention, headWord, readCapitalisedName, readInstitution } from './speaker-names.js';
import { isPluralRole, isRoleNoun } from '../people/role-nouns.js';
import { POST_NOMINALS } from '../people/word-lists.js';

/** The words that name who speaks, as a slice of a paragraph. */
export interface SpeakerPhrase {
  paragraph: number;
  start: number;
  end: number;
}

const EVENT_AFTER =
  /^(?:(?:The|This|That|Its|His|Her|Their)\s+\p{Ll}+|It|This|That)\s+(?:comes|came|follows|followed)\s+(?:\p{Ll}+\s+)?(?:after|as)\s+/u;
const LEADING_FILLER =
  /^(?:(?:and|but|so|yet|then|also|later|earlier|meanwhile|however|instead|separately|as|with|in addition|for (?:his|her) part)\b[\s,]*)+/i;
// "DETROIT, March 9 - The United Auto Workers union said": the agency's place and day of filing
// before the subject, whole or from its date on.
const DATELINE_REMNANT = /^(?:\p{Lu}[\p{L} .,'&()/-]{0,60},\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+[-\u2013\u2014]\s+/u;
// "Earlier on Saturday, X ...": a filler word taken off leaves a phrase of time or place, no subject.
const PREPOSITION_START = /^(?:of|for|at|from|with|in|to|by|on|after|during|before)\s/;
const ADVERB = /^(?:also|later|then|further|again|once|previously|earlier|\p{Ll}+ly)$/u;
const isThing = (speaker: Speaker): boolean => speaker.kind === 'organization' || speaker.kind === 'document';

// No comma, and a lower-case word before "and": "Trade and Industry" is one name.
const JOINED_CLAUSE_SUBJECT = /^([^,]*\s\p{Ll}[\p{L}-]*\s)(?:and|but)\s+((?:\p{Lu}[\p{L}'\u2019-]+\s*){1,3})$/u;
const BARE_SPOKESPERSON = /^an?\s+spokes(?:man|woman|person)$/i;
/** Resolves the words naming a speaker to a person of the article, a report or agency, or a description. */
export function resolveSpeakerPhrase(context: QuoteContext, whole: SpeakerPhrase): Speaker | null {
  const speaker = resolvePhrase(context, whole);
  // "Haddad himself was at a loss": of a family that shares the surname, "himself" is not the
  // wife the article names in full; a person known to be of the other sex is someone else.
  const reflexive = REFLEXIVE.exec(context.paragraphs[whole.paragraph]!.slice(whole.start, whole.end))?.[1];
  if (speaker?.person !== undefined && reflexive !== undefined) {
    const gender = genderOfPerson(context, speaker.person);
    if (gender !== null && gender !== (reflexive.toLowerCase() === 'himself' ? 'he' : 'she')) return null;
  }
  return speaker;
}

const REFLEXIVE = /\b(himself|herself)\b/i;

function resolvePhrase(context: QuoteContext, whole: SpeakerPhrase): Speaker | null {
  const paragraphText = context.paragraphs[whole.paragraph]!;
  const phrase = skipSubordinateClause(context, whole);
  const raw = paragraphText.slice(phrase.start, phrase.end);
  const text = withoutTrailingAdverbs(
    raw
      .replace(DATELINE_REMNANT, '')
      .replace(LEADING_FILLER, '')
      .replace(/[\s,;:\u2014\u2013-]+$/, '')
      .trim(),
  );
  // "reads one": one of the things just named, which names no speaker.
  if (text.length === 0 || text.toLowerCase() === 'one') return null;
  // 'Environmental group Transport 2000 said ... "...," said a spokesman.': the body that has
  // just spoken is whose spokesman speaks.
  if (BARE_SPOKESPERSON.test(text)) {
    const body = bodyThatJustSaid(context, { paragraph: phrase.paragraph, offset: phrase.start });
    if (body) return { name: `${text} for ${body}`, kind: 'unknown' };
  }
  const position: Position = { paragraph: phrase.paragraph, offset: phrase.start };
  const firstWord = (text.split(/\s+/)[0] ?? '').toLowerCase();

  if (PERSON_PRONOUNS.has(firstWord)) return resolvePronoun(context, firstWord, position);
  // "His sales pitch adds:", "her statement said": the words of one's own text are one's own.
  const ownText = OWN_TEXT.exec(text);
  if (ownText) return resolvePronoun(context, ownText[1]!.toLowerCase() === 'his' ? 'he' : 'she', position);
  // "the radio quoted him as saying": the object of quoting stands for a subject "he".
  if (text === 'him' || text === 'her') return resolvePronoun(context, text === 'him' ? 'he' : 'she', position);
  // "It lost a court action when a judge said": "it" is the subject of another clause; "It said
  // ..., saying that" is its own.
  const secondWord = (text.split(/\s+/)[1] ?? '').toLowerCase();
  const speaksItself = secondWord === '' || ADVERB.test(secondWord) || SPEECH_VERBS.has(secondWord);
  if (firstWord === 'it' && speaksItself) {
    // 'X said sales had been "difficult". "...," it added': after a speaker read as a
    // person, "it" says the name was a firm's; no earlier body is meant, so no one is known.
    if (personOpensPreviousReport(context, position)) return null;
    return (
      findRecentSubject(context, position, isThing) ??
      namedBusiness(context, findInstitutionMention(context, position), position)
    );
  }
  if (THING_PRONOUNS.has(firstWord) && (firstWord !== 'it' || speaksItself))
    return findRecentSubject(context, position, isThing);

  const setOff = /,\s*$/.test(raw) && /^\s*\p{Ll}+ing\b/u.test(paragraphText.slice(phrase.end));
  const subjectEnd = setOff || /\b(?:and|but)\s*$/.test(raw) ? firstClauseSubjectEnd(raw) : -1;
  // A name after the clause's verb is its object; the later verb's speaker is the subject, and
  // never that object, however well its words fit.
  if (subjectEnd > 0) {
    const end = phrase.start + subjectEnd;
    const objects = namedWithin(context, phrase.paragraph, end, phrase.end);
    if (!namedWithin(context, phrase.paragraph, phrase.start, end).length && objects.length) {
      const subject = resolveSpeakerPhrase(context, { ...phrase, end });
      if (subject?.person === undefined || !objects.includes(subject.person)) return subject;
      return unnamed(paragraphText.slice(phrase.start, end));
    }
  }
  if (namesJointSpeakers(context, phrase, paragraphText)) return null;
  // "The Reds beat Olympiakos with a late Steven Gerrard strike and Benitez said:": a clause of
  // its own before "and" leaves the name after it the subject, not a name inside that clause.
  const joined = JOINED_CLAUSE_SUBJECT.exec(text);
  if (joined && joined[1]!.trim().split(/\s+/).length > MAX_SUBJECT_WORDS)
    return findPersonBySurname(context, joined[2]!) ?? readCapitalisedName(joined[2]!);
  const named = findNamedPerson(context, phrase, paragraphText);
  if (named) return named;
  const antecedent = findRelativeAntecedent(raw);
  if (antecedent) {
    return resolveSpeakerPhrase(context, {
      ...phrase,
      start: phrase.start + antecedent.start,
      end: phrase.start + antecedent.end,
    });
  }
  // "NIESR said, adding that": the speaker is the subject of the first speech verb. Words with a
  // speech verb of their own and a long run before it are a clause, not a speaker ("others fear
  // it will hurt firms The EC says the council will adopt it but", two sentences run together).
  const inner = findInnerSpeechVerb(raw);
  if (inner >= 0) {
    // "As part of its plans, the government said": the subject is what follows the last comma.
    const before = raw.slice(0, inner);
    const comma = before.lastIndexOf(',');
    const start = comma < 0 ? 0 : comma + 1;
    if (before.slice(start).trim().split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
    return resolveSpeakerPhrase(context, { ...phrase, start: phrase.start + start, end: phrase.start + inner });
  }

  const chunks = text
    .split(',')
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  // The subject stands next to the verb ("In 1988, the company said") unless an appositive
  // comes between ("the Kansas Republican, a likely candidate, said").
  // When the phrase ends in a comma, the appositive is closed and the subject is the first chunk.
  const closedAppositive = /,\s*$/.test(raw);
  // "the director behind Alpha, Beta and Gamma": the last chunk ends a list inside the description.
  const endsList =
    chunks.length > 1 &&
    /^\p{Lu}.*\band\b/u.test(chunks[chunks.length - 1]!) &&
    (DEFINITE_DETERMINERS.has(firstWord) || INDEFINITE_DETERMINERS.has(firstWord));
  const chunk = endsList
    ? text
    : closedAppositive
      ? (chunks.find((item) => !ADVERBIAL_START.test(item) && !PREPOSITION_START.test(item)) ?? text)
      : trimLeadingAdverbial(chunks[chunks.length - 1] ?? text).replace(LEADING_FILLER, '') || text;
  const participle = /^\s*\p{Ll}+ing\b/u.test(paragraphText.slice(phrase.end));
  // "The move comes after telecom regulator Kelcom said": what came after is who said it.
  const chunkAfterEvent = chunk.replace(EVENT_AFTER, '');
  const subject = (participle ? subjectBeforeParticiple(chunks, chunkAfterEvent) : null) ?? chunkAfterEvent;
  // "..., of CB Richard Ellis - a real estate company -": a prepositional phrase names no speaker.
  if (/^(?:of|for|at|from|with|in|to|by|on)\s/.test(subject)) return null;
  const subjectWords = subject.split(/\s+/);
  // "Although in the next breath he": the subject is the pronoun at the end of the phrase.
  const lastWord = subjectWords[subjectWords.length - 1]!.toLowerCase();
  if (PERSON_PRONOUNS.has(lastWord)) return resolvePronoun(context, lastWord, position);

  // After a closed appositive the subject is its first chunk: a surname inside the appositive is someone else.
  const byName =
    findPersonBySurname(context, closedAppositive ? subject : text) ?? findPersonByGivenName(context, subject);
  if (byName) return byName;
  const institution = readInstitution(subject);
  if (institution)
    return (
      findCompanyAntecedent(context, subject, position) ??
      businessThatJustSaid(context, subject, position) ??
      findIntroducedBody(context, subject, position) ??
      postHolder(context, subject, position) ??
      institution
    );
  // "The MPAA said": an acronym is the body itself, never the person whose title names it.
  const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,})$/u.exec(subject);
  if (acronym && !PERSON_ACRONYMS.has(acronym[1]!))
    return { name: subject.replace(/^The\b/, 'the'), kind: 'organization' };
  // "the Iranian official", "the Kansas Republican": a description, even with capitalised words.
  const determiner = (subjectWords[0] ?? '').toLowerCase();
  if (
    DEFINITE_DETERMINERS.has(determiner) ||
    INDEFINITE_DETERMINERS.has(determiner) ||
    /^\p{Ll}/u.test(headWord(subject))
  ) {
    return resolveDescription(context, subject, position);
  }
  // "Telecom analysts Ovum": a firm named after a plural of people's role is the speaker.
  const firm = FIRM_AFTER_PLURAL.exec(subject);
  if (firm && isPluralRole(firm[1]!)) return { name: firm[2]!, kind: 'organization' };
  return (
    findCompanyByFirstWord(context, subject, position) ??
    readCapitalisedName(subject) ??
    resolveDescription(context, subject, position)
  );
}

/**
 * "added the British producer" after "Producer Omar Haddad said": a word for a body that is also
 * a post ("producer", "maker") is the person the article gives that post, when one holds it.
 */
function postHolder(context: QuoteContext, subject: string, position: Position): Speaker | null {
  const head = headWord(subject).toLowerCase();
  if (!isRoleNoun(head)) return null;
  const described = resolveDescription(context, subject, position);
  const person = described?.person;
  return person !== undefined && context.roleWords[person]!.has(head) ? described : null;
}

/** "it said" after "the firm denied": the business "the firm" stands for, when the article names one. */
function namedBusiness(context: QuoteContext, mention: Speaker | null, position: Position): Speaker | null {
  return mention ? (findCompanyAntecedent(context, mention.name, position) ?? mention) : null;
}

const OWN_TEXT =
  /^(His|Her|his|her)\s+(?:\p{Ll}+\s+){0,2}(?:pitch|letter|statement|blog|website|message|note|email|e-mail|post|tweet|column|autobiography|memoir|speech|manifesto|diary|advert|advertisement)$/u;
const FIRM_AFTER_PLURAL = /\b(\p{Ll}+s)\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*)$/u;

/** Acronyms that stand for a person's post or trade ("the MP", "the DJ"), not for a body. */
const PERSON_ACRONYMS = new Set([...POST_NOMINALS, 'AM', 'PM', 'DJ', 'MC', 'CEO', 'CFO', 'COO', 'CTO', 'GP']);

const MAX_SUBJECT_WORDS = 6;

/** Whether the sentence just before, in this paragraph, opens "X said" with a person of the article. */
function personOpensPreviousReport(context: QuoteContext, position: Position): boolean {
  const previous = findPreviousSentence(context, position);
  if (!previous || previous.paragraph !== position.paragraph) return false;
  const text = context.paragraphs[position.paragraph]!;
  const lead = /^\s*["\u201c]?\s*/.exec(text.slice(previous.sentence.start))![0].length;
  return context.occurrences.some(
    (occurrence) =>
      occurrence.paragraph === position.paragraph &&
      occurrence.start === previous.sentence.start + lead &&
      /^\s+(?:said|says|added|adds|told)\b/.test(text.slice(occurrence.end, occurrence.end + 8)),
  );
}
