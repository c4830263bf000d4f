import type { Answer, Citation } from '../answer/types.js';
import type { Article } from '../corpus/article.js';
import { isNearlySameKey, textKey } from '../text/fingerprint.js';

/** Whether two articles are copies of one story (src/corpus/duplicates.ts). */
export type CopyCheck = (left: Article, right: Article) => boolean;

/** What an answer says, and what must match exactly: a /when date, a /quote speaker. */
interface Statement {
  exact: string;
  text: string;
  /** textKey(text), taken when first compared: most pairs differ already in length. */
  key?: string;
}

/** What an answer says, for comparing two answers; null for /who, whose answers are people. */
function statementOf(answer: Answer): Statement | null {
  if ('text' in answer) return { exact: '', text: answer.text };
  if ('event' in answer) return { exact: answer.date ?? '', text: answer.event };
  if ('quote' in answer) return { exact: answer.speaker, text: answer.quote };
  return null;
}

function isSameStatement(left: Statement, right: Statement): boolean {
  if (left.exact !== right.exact) return false;
  const [short, long] = left.text.length <= right.text.length ? [left, right] : [right, left];
  // Keys at least 0.8 of each other come from texts at least about 0.7 of each other.
  if (short.text.length < long.text.length * 0.7) return false;
  left.key ??= textKey(left.text);
  right.key ??= textKey(right.text);
  return isNearlySameKey(left.key, right.key) || differsByOneInsertion(left.key, right.key);
}

/**
 * "... the Dunmore plant in 1976" and "... the Dunmore plant, Kelford, in 1976": one sentence with
 * a few words put in; the rest, before and after them, is the same.
 */
function differsByOneInsertion(left: string, right: string): boolean {
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix++;
  let suffix = 0;
  while (suffix < short.length - prefix && short[short.length - 1 - suffix] === long[long.length - 1 - suffix])
    suffix++;
  return prefix + suffix === short.length && long.length - short.length <= short.length * INSERTED_SHARE;
}

const INSERTED_SHARE = 0.1;

/**
 * A dated event or a quotation of a sentence's length, told in the same words with the same date
 * or speaker: two stories that repeat it (a background paragraph, an update of an earlier story)
 * report one fact, so it is one answer citing both. Short words ("in 2006") and /search passages
 * stay with their own story.
 */
function isRepeatedSentence(statement: Statement): boolean {
  return statement.exact !== '' && statement.text.split(/\s+/).length >= REPEATED_SENTENCE_WORDS;
}

const REPEATED_SENTENCE_WORDS = 8;

/**
 * Folds what syndicated copies repeat, after the answers are found (the answer tables know
 * nothing of copies):
 * - an answer saying the same as an earlier one, from copies of the articles that one cites
 *   (or, for a whole dated event or quotation, from any story), is folded into it: one answer,
 *   citing every copy, so every source is named;
 * - within an answer, a citation of a copy with the same passage moves next to its original,
 *   so the sources of one passage are listed together.
 * Answers keep their order; nothing is folded across different words, nor across different
 * stories unless it is a whole dated event or quotation (isRepeatedSentence).
 */
export function foldCopies<A extends Answer>(
  answers: readonly A[],
  articleOf: (id: string) => Article | undefined,
  isCopy: CopyCheck,
): A[] {
  const sameStory = (left: string, right: string): boolean => {
    if (left === right) return true;
    const first = articleOf(left);
    const second = articleOf(right);
    return first !== undefined && second !== undefined && isCopy(first, second);
  };
  const kept: Array<{ answer: A; statement: Statement | null }> = [];
  for (const answer of answers) {
    const statement = statementOf(answer);
    const original = statement
      ? kept.find(
          (earlier) =>
            earlier.statement !== null &&
            isSameStatement(earlier.statement, statement) &&
            (isRepeatedSentence(statement) ||
              answer.citations.every((citation) =>
                earlier.answer.citations.some((cited) => sameStory(cited.article, citation.article)),
              )),
        )
      : undefined;
    if (original) {
      original.answer = { ...original.answer, citations: [...original.answer.citations, ...answer.citations] };
    } else {
      kept.push({ answer, statement });
    }
  }
  return kept.map(({ answer }) => ({ ...answer, citations: groupCopiedPassages(answer.citations, sameStory) }));
}

/**
 * How many of an answer's citations are grouped: those shown first. A /who answer for a
 * much-reported person cites hundreds of articles, and comparing them all costs milliseconds.
 */
const groupedCitations = 20;

/** Citations in order, each copy of an earlier passage moved right after it; exact repeats dropped. */
function groupCopiedPassages(
  citations: readonly Citation[],
  sameStory: (left: string, right: string) => boolean,
): Citation[] {
  if (citations.length < 2) return [...citations];
  const groups: Array<{ key: string; citations: Citation[] }> = [];
  for (const citation of citations.slice(0, groupedCitations)) {
    const key = textKey(citation.passage);
    const group = groups.find(
      (candidate) =>
        isNearlySameKey(candidate.key, key) &&
        candidate.citations.some((cited) => sameStory(cited.article, citation.article)),
    );
    if (!group) groups.push({ key, citations: [citation] });
    else if (!group.citations.some((cited) => cited.article === citation.article && cited.passage === citation.passage))
      group.citations.push(citation);
  }
  return [...groups.flatMap((group) => group.citations), ...citations.slice(groupedCitations)];
}
