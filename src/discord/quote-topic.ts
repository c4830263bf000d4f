import type { AnswerSet, QuoteAnswer } from '../answer/types.js';

function topicWords(topic: string): string[] {
  return topic
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
}

/**
 * /quote speaker topic: keeps the speaker's quotations that mention the topic (in the quote
 * or the passage it comes from). When none does, all of them stay and the set says so, since
 * a speaker's other quotations are still what the corpus holds.
 */
export function narrowQuotesToTopic(set: AnswerSet, topic: string | null): { set: AnswerSet; note?: string } {
  const words = topicWords(topic ?? '');
  if (words.length === 0 || set.answers.length === 0) return { set };
  const matches = (set.answers as QuoteAnswer[]).filter((answer) => {
    const text = `${answer.quote} ${answer.citations.map((citation) => citation.passage).join(' ')}`.toLowerCase();
    return words.some((word) => text.includes(word));
  });
  if (matches.length === 0) return { set, note: 'None of these quotations mentions that topic; here is everything found.' };
  return { set: { ...set, answers: matches } };
}
