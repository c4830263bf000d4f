import type { Article } from '../../corpus/article.js';
import type { PersonMention, Quotation } from '../types.js';
import { findQuoteSpans, hasQuoteMark, type QuoteSpan } from './quote-spans.js';
import { buildQuoteContext, comparePositions, findRecentSubject, type QuoteContext } from './quote-context.js';
import { findAttributionAfter } from './attribution.js';
import type { AttributionClause } from './attribution-tokens.js';
import { findAttributionBefore } from './attribution-before.js';
import { inheritSpeaker, leadOf } from './inherited-speaker.js';
import { resolveSpeakerPhrase } from './speaker-resolution.js';
import { skipSubordinateClause } from './speaker-clauses.js';
import { addDescribedSubjects } from './description-subjects.js';
import { isFragment, isJudgementOfSubject, isQuotable, isTooShort, isWorkTitle } from './quotation-filter.js';
import { escapePattern } from '../../text/escape-pattern.js';
import { endsUtterance, toQuotation } from './to-quotation.js';
import { spellOutSpeakers } from './spelled-out-speaker.js';
import { groupInterruptedPieces, inOneSentence, type Attributed } from './interrupted-pieces.js';

const FIRST_PERSON = /\b(?:I|I['\u2019](?:m|ve|d|ll)|me|my|we|we['\u2019](?:re|ve|d|ll)|us|our)\b/;

/**
 * Finds the direct quotations of an article and attributes each to its speaker. Only paragraphs
 * with quote marks are read closely, so an article without quotes costs one regex test a paragraph.
 */
export function extractQuotations(article: Article, people: PersonMention[]): Quotation[] {
  const paragraphs = article.paragraphs;
  if (!paragraphs.some(hasQuoteMark)) return [];
  // '"It's awesome," said X. "I started ...": a short utterance is not kept, but who said it goes on speaking.
  const spans = findQuoteSpans(paragraphs).filter((span) => !isTooShort(span.text) || endsUtterance(paragraphs, span));
  if (spans.length === 0) return [];
  const context = buildQuoteContext(paragraphs, people, spans);
  addDescribedSubjects(context);
  const attributed = spans.map((span, index) => attributeDirectly(context, spans, index));
  attributed.forEach((entry, index) => shareInterruptingClause(paragraphs, attributed[index - 1], entry));
  attributed.forEach((entry, index) => {
    if (entry.speaker || entry.unresolved) return;
    if (isFragment(paragraphs, entry.span)) {
      // 'saying they "stemmed from the urgency" he felt but "caused anxiety"': a second fragment
      // of the sentence that attributes the first is the same speaker's.
      // 'The price ... is "as low as I've ever seen."': a fragment in the first person goes on
      // from whoever spoke just before.
      const previous = attributed[index - 1];
      const goesOn =
        previous !== undefined &&
        (inOneSentence(paragraphs, previous.span, entry.span) ||
          (FIRST_PERSON.test(entry.span.text) && previous.span.endParagraph === entry.span.startParagraph));
      if (previous?.speaker && previous.direct && goesOn) {
        entry.speaker = previous.speaker;
        entry.direct = true;
        recordSpeaker(context, entry);
      }
      return;
    }
    // Someone the quotation just before spoke of is not who goes on speaking in this one.
    const previous = attributed[index - 1];
    // '"...," he said. "It was fantastic ..."' with no one "he" can be: the words go on from that
    // unknown speaker, not from whoever spoke before them (a quoted fragment is no such turn).
    if (
      previous?.unresolved &&
      entry.span.startParagraph === previous.span.endParagraph &&
      !isFragment(paragraphs, previous.span)
    ) {
      entry.unresolved = true;
      return;
    }
    entry.speaker = inheritSpeaker(context, attributed, index);
    const spokenOf = previous?.spokenOf;
    const close = previous && entry.span.startParagraph <= previous.span.endParagraph + 1;
    if (entry.speaker && close && spokenOf !== undefined && entry.speaker.person === spokenOf) entry.speaker = null;
    if (entry.speaker && speaksOfThemselves(context, entry)) {
      entry.spokenOf = entry.speaker.person;
      // 'X looks certain to get the call. "I took lessons ... X is an outstanding player"': the one
      // the narration names is spoken of; words in the first person go on from who spoke just before.
      const before = previous?.speaker;
      const goesOn = before && close && before.person !== entry.spokenOf && FIRST_PERSON.test(entry.span.text);
      entry.speaker = goesOn ? before : null;
    }
    if (entry.speaker) recordSpeaker(context, entry);
  });
  const kept = attributed.filter(
    (entry) =>
      entry.speaker &&
      !isTooShort(entry.span.text) &&
      isQuotable(paragraphs, entry.span, entry.direct) &&
      !isWorkTitle(paragraphs, entry.span) &&
      !isJudgementOfSubject(paragraphs, entry.span),
  );
  return spellOutSpeakers(
    groupInterruptedPieces(paragraphs, kept).map((pieces) => toQuotation(context, pieces)),
    paragraphs,
  );
}

function attributeDirectly(context: QuoteContext, spans: readonly QuoteSpan[], index: number): Attributed {
  const span = spans[index]!;
  const next = spans[index + 1];
  const previous = spans[index - 1];
  const paragraphs = context.paragraphs;
  const limit =
    next && next.startParagraph === span.endParagraph ? next.openIndex : paragraphs[span.endParagraph]!.length;
  const from = previous && previous.endParagraph === span.startParagraph ? previous.closeIndex + 1 : 0;
  const relative = findRelativeSayer(context, span);
  const clause =
    relative ?? findAttributionAfter(paragraphs, span, limit) ?? findAttributionBefore(paragraphs, span, from);
  const entry: Attributed = {
    span,
    speaker: null,
    direct: false,
    unresolved: false,
    attributionParagraph: span.startParagraph,
  };
  if (!clause) return entry;
  if (clause.phrase) {
    entry.speaker = resolveSpeakerPhrase(context, clause.phrase);
    // A speaker found through "he" or "the minister" who is named inside the quotation as a third
    // person ("Steven can play all over the pitch," he said) is someone else: leave it unsaid.
    // "Asked if Mr Smith could return, he replied": a name in the clause before the subject does
    // not name the speaker.
    const subject = skipSubordinateClause(context, clause.phrase);
    const named = context.paragraphs[subject.paragraph]!.slice(subject.start, subject.end);
    if (entry.speaker && !namesSpeaker(named, entry.speaker.name) && speaksOfThemselves(context, entry)) {
      entry.spokenOf = entry.speaker.person;
      entry.speaker = null;
      entry.unresolved = true;
    }
    entry.attributionParagraph = clause.phrase.paragraph;
    entry.attributionStart = clause.phrase.start;
    // An attribution that names no one we can resolve ("it said" with nothing before) is not
    // handed to whoever spoke last.
    entry.unresolved = entry.speaker === null;
  } else if (clause.subjectless) {
    entry.speaker = findRecentSubject(context, { paragraph: span.startParagraph, offset: span.openIndex }, () => true);
  }
  entry.direct = entry.speaker !== null;
  // The one a relative clause quotes is not the sentence's subject, whom a "he" next stands for.
  if (entry.speaker && !relative) recordSpeaker(context, entry);
  return entry;
}

/**
 * '"A," Kaplan, a collector of games and books, says, "B."': one clause between two pieces
 * attributes both; the second takes the subject the first found, not the clause's last chunk.
 */
function shareInterruptingClause(
  paragraphs: readonly string[],
  previous: Attributed | undefined,
  entry: Attributed,
): void {
  if (!previous?.speaker || !entry.speaker || previous.span.endParagraph !== entry.span.startParagraph) return;
  const gapStart = previous.span.closeIndex;
  const gapEnd = entry.span.openIndex;
  const inGap = (paragraph: number, start: number | undefined): boolean =>
    paragraph === entry.span.startParagraph && start !== undefined && start > gapStart && start < gapEnd;
  if (!inGap(previous.attributionParagraph, previous.attributionStart)) return;
  if (!inGap(entry.attributionParagraph, entry.attributionStart)) return;
  if (!/^[^.!?:;]*,\s*$/.test(paragraphs[entry.span.startParagraph]!.slice(gapStart + 1, gapEnd))) return;
  entry.speaker = previous.speaker;
}

// "..., including Smith, who urged the board to "keep up the pressure" ..., officials said": words
// quoted in a relative clause of saying are its antecedent's, not those of who closes the sentence.
const RELATIVE_SAYING =
  /(\p{Lu}[\p{L}'\u2019-]+),?\s+who\s+(?:(?:also|had|has|have|later|then|once|repeatedly|earlier)\s+)?(?:urged|called|described|warned|told|asked|insisted|vowed|promised|pledged|said|says|urges|calls|describes|warns)\b[^"\u201c\u201d.;,]*$/u;

/** The name a relative clause of saying right before a quoted fragment refers to. */
function findRelativeSayer(context: QuoteContext, span: QuoteSpan): AttributionClause | null {
  const lead = leadOf(context, span);
  const found = RELATIVE_SAYING.exec(lead);
  if (!found) return null;
  const nameEnd = span.openIndex - lead.length + found.index + found[1]!.length;
  const occurrence = context.occurrences.find((item) => item.paragraph === span.startParagraph && item.end === nameEnd);
  if (!occurrence) return null;
  return {
    phrase: { paragraph: span.startParagraph, start: occurrence.start, end: occurrence.end },
    subjectless: false,
  };
}

/** The quotation names its speaker (a name word of theirs) as someone spoken of. */
function speaksOfThemselves(context: QuoteContext, entry: Attributed): boolean {
  const person = entry.speaker?.person;
  if (person === undefined) return false;
  const words = new Set(entry.span.text.split(/[^\p{L}'\u2019-]+/u).map((word) => word.replace(/['\u2019]s$/, '')));
  const mention = context.people[person]!;
  // "I believe David will make a great leader," from David Moorcroft about David Collins: a name
  // word another person of the article shares points at neither.
  // A longer name holding this one ("John Peel Show") is no other person.
  const shared = (word: string): boolean =>
    context.people.some(
      (other, index) =>
        index !== person &&
        !other.name.includes(mention.name) &&
        !mention.name.includes(other.name) &&
        [other.name, ...other.variants].some((name) => name.split(/\s+/).includes(word)),
    );
  return [mention.name, ...mention.variants].some((name) =>
    name.split(/\s+/).some((word) => word.length > 1 && /^\p{Lu}/u.test(word) && words.has(word) && !shared(word)),
  );
}

function namesSpeaker(phrase: string, name: string): boolean {
  return name.split(/\s+/).some((word) => word.length > 1 && new RegExp(`\\b${escapePattern(word)}\\b`).test(phrase));
}

function recordSpeaker(context: QuoteContext, entry: Attributed): void {
  const event = { paragraph: entry.span.endParagraph, offset: entry.span.closeIndex, speaker: entry.speaker! };
  let at = context.speakers.length;
  while (at > 0 && comparePositions(context.speakers[at - 1]!, event) > 0) at--;
  context.speakers.splice(at, 0, event);
}
