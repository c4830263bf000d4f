import { createHash } from 'node:crypto';
import type { Article } from '../../../src/corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../../../src/extract/types.js';
import type { DigestKnowledge } from '../../../src/digest/types.js';

/** A hand-made article in the style of a wire story; the hash follows the text like the loader's. */
export function makeArticle(fields: Partial<Article> & { id: string; paragraphs: string[] }): Article {
  const title = fields.title ?? `Story ${fields.id}`;
  return {
    path: `${fields.id}.txt`,
    title,
    published: null,
    source: 'Reuters',
    url: null,
    credits: [],
    extra: {},
    contentHash: createHash('sha256')
      .update(`${title}\n${fields.paragraphs.join('\n')}`)
      .digest('hex'),
    ...fields,
  };
}

export const emptyKnowledge: DigestKnowledge = {
  extractions: new Map(),
  people: { persons: [], byArticleName: {} },
};

export function knowledgeOf(
  extractions: ArticleExtraction[],
  people: PeopleDirectory = { persons: [], byArticleName: {} },
): DigestKnowledge {
  return { extractions: new Map(extractions.map((extraction) => [extraction.articleId, extraction])), people };
}

const subjects = [
  'officials',
  'traders',
  'the ministry',
  'analysts',
  'the company',
  'bankers',
  'the union',
  'regulators',
  'farmers',
  'the central bank',
];
const verbs = [
  'said',
  'expected',
  'warned',
  'reported',
  'estimated',
  'argued',
  'confirmed',
  'denied',
  'noted',
  'forecast',
];
const objects = [
  'demand would recover',
  'prices had peaked',
  'exports fell sharply',
  'talks would resume',
  'costs were rising',
  'output stayed flat',
  'the plan was delayed',
  'imports slowed',
  'profits doubled',
  'the deal was near',
];
const times = [
  'on Monday',
  'last week',
  'in March',
  'this quarter',
  'on Friday',
  'next year',
  'in the spring',
  'overnight',
  'since January',
  'by the summer',
];

function seededPicker(seed: string): () => number {
  let state = [...seed].reduce(
    (hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0,
    2166136261,
  );
  return () => {
    state = (Math.imul(state ^ (state >>> 13), 0x5bd1e995) + 0x6b43a9b5) >>> 0;
    return state % 10;
  };
}

/** A body of news-style sentences, long enough to fingerprint and distinct per seed. */
export function storyBody(seed: string): string[] {
  const pick = seededPicker(seed);
  const sentence = (): string => `${subjects[pick()]} ${verbs[pick()]} ${objects[pick()]} ${times[pick()]}`;
  return [
    `${seed} announced a plan that ${sentence()}, and ${sentence()}.`,
    ...Array.from({ length: 5 }, () => `${sentence()}, while ${sentence()}.`),
  ];
}
