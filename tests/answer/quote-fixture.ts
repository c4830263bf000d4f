import type { Article } from '../../src/corpus/article.js';
import { extractArticle } from '../../src/knowledge/build-knowledge.js';
import { linkPeople } from '../../src/extract/people/index.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

/** A hand-built article; the content hash follows the text, as a real load's would. */
export function article(id: string, title: string, paragraphs: string[]): Article {
  const contentHash = `${id}:${title}:${paragraphs.join('\n')}`;
  return {
    id,
    path: `${id}.txt`,
    title,
    published: '1987-03-10',
    source: 'Test Wire',
    url: null,
    paragraphs,
    credits: [],
    extra: {},
    contentHash,
  };
}

/** Knowledge through the real extractors and the real cross-article linking, as a reload makes it. */
export function knowledgeOf(articles: readonly Article[]): Knowledge {
  const extractions = articles.map((item) => extractArticle(item));
  return {
    articles: new Map(articles.map((item) => [item.id, item])),
    extractions: new Map(extractions.map((extraction) => [extraction.articleId, extraction])),
    people: linkPeople([...articles], extractions),
  };
}

/** Short wire stories of our own: named speakers, surname-only follow-ups, companies and reports. */
export const QUOTE_STORIES: readonly Article[] = [
  article('fin-01', 'Finance minister sees slower growth', [
    'Finance Minister Maria Keller said on Monday that growth would slow this year.',
    '"We expect the economy to grow by two percent, not three," Keller told reporters in Bonn.',
    '"The budget deficit will stay under control," she added.',
  ]),
  article('oil-02', 'Oil producers agree to cut output', [
    'Oil ministers agreed to cut output by five percent, delegates said.',
    '"The cut will support prices through the summer," said Ahmed Rahimi, the oil minister of the host country.',
    '"Output quotas must be respected by every member," Rahimi said.',
  ]),
  article('car-03', 'Carmaker to close plant', [
    'The carmaker will close its plant in Ohio next year.',
    '"Demand for large cars has fallen sharply," the company said in a statement.',
    'Union leader John Baxter said: "Workers will fight the closure of the plant."',
  ]),
  article('bank-04', 'Central bank holds rates', [
    'The central bank left interest rates unchanged on Thursday.',
    '"Inflation remains the main risk to growth," central bank governor Paul Brennan said.',
    '"Rates will stay where they are for now," Brennan said.',
  ]),
  article('fin-05', 'Keller defends budget', [
    'Maria Keller defended the budget in parliament on Wednesday.',
    '"The budget protects pensions and cuts waste," Keller said.',
  ]),
  article('trade-06', 'Trade report warns of deficit', [
    '"The trade deficit will widen if the dollar keeps falling," the report said.',
    'Economists said the warning was expected.',
  ]),
  article('farm-07', 'Wheat exports rise', [
    'Wheat exports rose ten percent in February, the agriculture ministry said.',
    '"Farmers had a very good harvest," said Agriculture Minister Hans Vogel.',
  ]),
];

/** A surname-only speaker: linked to Maria Keller until a second Keller appears in the corpus. */
export const TALKS = article('talks-08', 'Tax talks near a deal', [
  'Keller met her French counterpart in Paris on Friday.',
  '"We are close to an agreement on taxes," Keller said.',
]);
export const SPORT = article('sport-09', 'Coach says team is ready', [
  'Football coach Thomas Keller said his team was ready for the final.',
  '"We have trained hard all winter," Keller said.',
]);
export const FINANCE_CHANGED = article('fin-01', 'Finance minister sees slower growth', [
  'Finance Minister Maria Keller said on Monday that growth would slow this year.',
  '"We expect exports to fall in the first half," Keller told reporters in Bonn.',
]);
export const SHIPPING = article('ship-10', 'Shipping line orders vessels', [
  '"Freight rates have recovered and we need more ships," said Lars Nilsen, chairman of the shipping line.',
  '"Rates could fall again next year," Nilsen warned.',
]);

/** Questions about every story and change above, by speaker, by topic and both, plus some that match nothing. */
export const QUOTE_QUESTIONS: readonly string[] = [
  'Maria Keller',
  'Keller',
  'Minister Keller',
  'Thomas Keller',
  'Ahmed Rahimi',
  'Rahimi',
  'John Baxter',
  'Brennan',
  'Paul Brennan',
  'Hans Vogel',
  'Lars Nilsen',
  'Nilsen',
  'the company',
  'the report',
  'budget',
  'budget deficit',
  'growth',
  'rates',
  'freight rates recovered',
  'output quotas',
  'prices summer',
  'plant closure',
  'taxes agreement',
  'trained hard winter',
  'harvest',
  'exports',
  'Keller budget',
  'Brennan inflation',
  'Nilsen rates',
  'dollar deficit widen',
  'copper mine strike',
  'Angela Merkel',
  '???',
];
