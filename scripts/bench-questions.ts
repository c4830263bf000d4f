import type { CommandName } from '../src/answer/types.js';
import type { Article } from '../src/corpus/article.js';
import type { BriefingService } from '../src/service/briefing-service.js';
import { splitSentences } from '../src/text/sentences.js';

/**
 * Varied questions drawn from the corpus itself, the same on every run (a fixed-seed
 * generator), so a change in timing is the code's and not the questions'.
 */
export async function drawQuestions(
  service: BriefingService,
  articles: readonly Article[],
  count: number,
): Promise<Record<CommandName, string[]>> {
  const random = seededRandom(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people = (await service.suggest('person', '', 5000)).map((suggestion) => suggestion.value);
  const speakers = (await service.suggest('speaker', '', 5000)).map((suggestion) => suggestion.value);
  const sentences = (): string[] => {
    const article = pick(articles);
    return article.paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((sentence) => sentence.text));
  };
  const words = (sentence: string, length: number): string => {
    const all = sentence.split(/\s+/).filter((word) => /^[\p{L}'-]{3,}$/u.test(word));
    const start = Math.floor(random() * Math.max(1, all.length - length));
    return all.slice(start, start + length).join(' ') || sentence.slice(0, 40);
  };
  const questions: Record<CommandName, string[]> = { who: [], when: [], quote: [], search: [] };
  for (let index = 0; index < count; index++) {
    const person = people.length ? pick(people) : 'minister';
    questions.who.push(
      index % 3 === 2 ? (person.split(' ').at(-1) ?? person) : index % 5 === 4 ? 'finance minister' : person,
    );
    questions.when.push(words(pick(sentences()), 6));
    questions.quote.push(index % 2 === 0 && speakers.length ? pick(speakers) : words(pick(sentences()), 1));
    questions.search.push(words(pick(sentences()), 1 + (index % 4)));
  }
  return questions;
}

/** mulberry32: a tiny, well-mixed seeded generator. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
