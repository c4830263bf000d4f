import type { Article } from '../../src/corpus/article.js';
import { extractEvents } from '../../src/extract/dates/index.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

/** A hand-built article; the content hash follows the text, as a real load's would. */
export function article(id: string, title: string, published: string | null, paragraphs: string[]): Article {
  const contentHash = `${id}:${title}:${paragraphs.join('\n')}`;
  return {
    id,
    path: `${id}.txt`,
    title,
    published,
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash,
  };
}

/** Knowledge with real date extraction (the /when tables read only articles and events). */
export function knowledgeOf(articles: readonly Article[]): Knowledge {
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(
      articles.map((item) => [
        item.id,
        { articleId: item.id, people: [], events: extractEvents(item), quotations: [] },
      ]),
    ),
    people: { persons: [], byArticleName: {} },
  };
}

/** Short wire stories of our own, each with dated events, some sharing words across articles. */
export const WIRE_STORIES: readonly Article[] = [
  article('oil-01', 'Oil ministers to meet in Vienna', '1987-03-05', [
    'VIENNA, March 5 - Oil ministers will meet in Vienna on Monday to review output quotas.',
    'The group last cut its official prices in December, delegates said.',
  ]),
  article('car-02', 'Carmaker to close two plants', '1987-03-10', [
    'The carmaker said it would close two assembly plants in Ohio.',
    'The company opened its first factory in Brazil in 1957.',
    'Workers at the Brazilian plant went on strike last Wednesday.',
  ]),
  article('bank-03', 'Central bank cuts discount rate', '1987-04-02', [
    'The central bank cut its discount rate by half a point on Thursday.',
    'It last changed the rate in January, when it raised it to curb inflation.',
  ]),
  article('bank-04', 'Central bank leaves rates unchanged', '1987-04-09', [
    'The central bank left its lending rates unchanged on Wednesday, dealers said.',
    'Analysts expect the bank to cut rates in May.',
  ]),
  article('strike-05', 'Dockers end strike at port', '1987-05-12', [
    'Dockers ended their strike at the port on Sunday after a pay deal.',
    'The strike began on April 20 and halted grain exports.',
  ]),
  article('copy-06', 'Oil ministers to meet in Vienna', '1987-03-05', [
    'VIENNA, March 5 - Oil ministers will meet in Vienna on Monday to review output quotas.',
  ]),
  article('football-07', 'Striker fit for cup final', null, [
    'The striker trained on Monday with no problems, his manager said.',
    'He scored twice when the club won the cup in 1999.',
  ]),
];

/** Questions about every story above and the changes the tests make, plus some that match nothing. */
export const WHEN_QUESTIONS: readonly string[] = [
  'oil ministers meet in Vienna',
  'group cut official prices',
  'carmaker closes plants in Ohio',
  'first factory opened in Brazil',
  'workers strike at Brazilian plant',
  'central bank cut discount rate',
  'bank raised rate to curb inflation',
  'central bank rates unchanged',
  'bank cut rates',
  'dockers end strike',
  'strike began and halted grain exports',
  'striker trained with no problems',
  'club won the cup',
  'shipyard workers walked out',
  'airline ordered new jets',
  'mine reopened after flood',
  'oil prices',
  'the first moon landing',
  'when did it happen',
  'constructor signed contract for bridge',
];
