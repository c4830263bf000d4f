import type { Answer, Citation } from '../answer/types.js';
import type { Article } from '../corpus/article.js';
import { isNearlySame, wordingOf, type Wording } from '../text/fingerprint.js';

/** Whether two articles are copies of one story (src/corpus/duplicates.ts). */
export type CopyCheck = (left: Article, right: Article) => boolean;

/** A statement's words, and what must match exactly: a /when date, a /quote speaker. */
interface Statement {
  exact: string;
  wording: Wording;
}

/** What an answer says, for comparing two answers; null for /who, whose answers are people. */
function statementOf(answer: Answer): Statement | null {
  if ('text' in answer) return { exact: '', wording: wordingOf(answer.text) };
  if ('event' in answer) return { exact: answer.date ?? '', wording: wordingOf(answer.event) };
  if ('quote' in answer) return { exact: answer.speaker, wording: wordingOf(answer.quote) };
  return null;
}

function isSameStatement(left: Statement, right: Statement): boolean {
  return left.exact === right.exact && isNearlySame(left.wording, right.wording);
}

/**
 * Folds what syndicated copies repeat, after the answers are found (the answer tables know
 * nothing of copies):
 * - an answer saying the same as an earlier one, from copies of the articles that one cites,
 *   is folded into it: one answer, citing every copy, so every source is named;
 * - within an answer, a citation of a copy with the same passage moves next to its original,
 *   so the sources of one passage are listed together.
 * Answers keep their order; nothing is folded across different stories or different words.
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
            answer.citations.every((citation) =>
              earlier.answer.citations.some((cited) => sameStory(cited.article, citation.article)),
            ),
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

/** Citations in order, each copy of an earlier passage moved right after it; exact repeats dropped. */
function groupCopiedPassages(
  citations: readonly Citation[],
  sameStory: (left: string, right: string) => boolean,
): Citation[] {
  const groups: Array<{ wording: Wording; citations: Citation[] }> = [];
  for (const citation of citations) {
    const wording = wordingOf(citation.passage);
    const group = groups.find(
      (candidate) =>
        isNearlySame(candidate.wording, wording) &&
        candidate.citations.some((cited) => sameStory(cited.article, citation.article)),
    );
    if (!group) groups.push({ wording, citations: [citation] });
    else if (!group.citations.some((cited) => cited.article === citation.article && cited.passage === citation.passage))
      group.citations.push(citation);
  }
  return groups.flatMap((group) => group.citations);
}
