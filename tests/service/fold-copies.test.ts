// Syndicated copies of one story in the corpus: answers name each source once, instead of
// giving the same passage twice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchAnswer, WhoAnswer } from '../../src/answer/types.js';
import type { Article } from '../../src/corpus/article.js';
import { createCopyCheck } from '../../src/corpus/duplicates.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { foldCopies } from '../../src/service/fold-copies.js';
import { renderAnswerSet } from '../../src/terminal/render-answer.js';

const STORY = [
  'Dock workers in Rotterdam ended a three-day strike on Tuesday after the port authority agreed to a pay rise, union leader Marta Vingerhoets said.',
  'The strike had stopped container traffic at the largest port in Europe since Saturday, leaving dozens of ships waiting at anchor off the coast.',
  'Vingerhoets said the agreement raises wages by four percent this year and another three percent next year, with a review of night shifts.',
  'The port authority said traffic would return to normal by the end of the week and that no cargo had been lost during the stoppage.',
];

function article(title: string, source: string, date: string, paragraphs: string[]): string {
  return `---\ntitle: ${title}\nsource: ${source}\ndate: ${date}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

describe('answers over a corpus with syndicated copies', () => {
  let work: string;
  let service: MemoryBriefingService;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'briefbot-copies-'));
    writeFileSync(
      path.join(work, 'wire.md'),
      article('Rotterdam dockers end strike', 'Port Wire', '2024-05-07', STORY),
    );
    // Byte-identical body under another source, and a copy edited a little (a dateline added).
    writeFileSync(path.join(work, 'daily.md'), article('Dockers end strike', 'Harbour Daily', '2024-05-07', STORY));
    writeFileSync(
      path.join(work, 'gazette.md'),
      article('Strike over in Rotterdam', 'Coast Gazette', '2024-05-08', [
        `ROTTERDAM - ${STORY[0]}`,
        ...STORY.slice(1),
      ]),
    );
    // Another story that shares one sentence with it: not a copy.
    writeFileSync(
      path.join(work, 'ferry.md'),
      article('Ferry line adds crossings', 'Port Wire', '2024-05-09', [
        'A ferry operator in Tallinn will add four winter crossings to Helsinki from November, its spokesman Juhan Rebane said on Monday.',
        'The port authority said traffic would return to normal by the end of the week and that no cargo had been lost during the stoppage.',
        'Rebane said the new crossings would use the larger of its two ships and that fares would not change before the spring timetable.',
      ]),
    );
    service = await createBriefingService({ corpusDir: work });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('/search: the copies of a passage are one answer naming every source; another story keeps its own answer', async () => {
    const answers = (await service.ask('search', 'traffic return to normal no cargo lost')).answers as SearchAnswer[];
    const sources = answers.map((answer) => answer.citations.map((citation) => citation.source).sort());
    expect(sources).toEqual(expect.arrayContaining([['Coast Gazette', 'Harbour Daily', 'Port Wire'], ['Port Wire']]));
    expect(answers).toHaveLength(2);
    for (const answer of answers) {
      for (const citation of answer.citations)
        expect(service.article(citation.article)?.paragraphs).toContain(citation.passage);
    }
    const dateline = (await service.ask('search', 'union leader Marta Vingerhoets pay rise')).answers as SearchAnswer[];
    expect(dateline).toHaveLength(1);
    expect(dateline[0]!.citations.map((citation) => citation.article).sort()).toEqual(['daily', 'gazette', 'wire']);
  });

  it('/who: the passage once, with every source that carries it', async () => {
    const set = await service.ask('who', 'Vingerhoets');
    const [person] = set.answers as WhoAnswer[];
    expect(person!.person).toBe('Marta Vingerhoets');
    const articles = person!.citations.map((citation) => citation.article);
    expect(new Set(articles).size).toBe(articles.length);
    expect(articles.sort()).toEqual(['daily', 'gazette', 'wire']);
    const text = renderAnswerSet(set);
    expect(text.match(/union leader Marta Vingerhoets said/g)).toHaveLength(1);
    for (const source of ['Port Wire', 'Harbour Daily', 'Coast Gazette']) expect(text).toContain(`(${source}, `);
  });
});

describe('foldCopies', () => {
  const make = (id: string, body: string[]): Article =>
    ({ id, title: id, source: id, published: '2024-05-07', url: null, paragraphs: body }) as unknown as Article;
  const articles = new Map([
    ['a', make('a', STORY)],
    ['b', make('b', STORY)],
    ['c', make('c', ['Something else entirely happened in another town on a quiet day in May.'])],
  ]);
  const cite = (article: string, passage: string) => ({
    article,
    title: article,
    source: article,
    published: null,
    url: null,
    passage,
  });

  it('folds the same words from copies, keeps the same words from different stories apart, keeps the order', () => {
    const answers = [
      { text: STORY[0]!, citations: [cite('a', STORY[0]!)] },
      { text: STORY[1]!, citations: [cite('a', STORY[1]!)] },
      { text: STORY[0]!, citations: [cite('b', STORY[0]!)] },
      { text: STORY[0]!, citations: [cite('c', STORY[0]!)] },
    ];
    const folded = foldCopies(answers, (id) => articles.get(id), createCopyCheck());
    expect(folded.map((answer) => answer.citations.map((citation) => citation.article))).toEqual([
      ['a', 'b'],
      ['a'],
      ['c'],
    ]);
  });

  it('/when: one dated sentence that two different stories repeat, a word put in or not, is one answer citing both', () => {
    const sentence = 'The first plant of its kind was opened at the Dunmore site in 1976, officials said.';
    const event = (article: string, text: string) => ({
      date: '1976',
      dateText: 'in 1976',
      event: text,
      citations: [cite(article, text)],
    });
    const folded = foldCopies(
      [
        event('a', sentence),
        event('c', sentence.replace('Dunmore site', 'Dunmore site, NZ,')),
        event('c', 'It opened in 1976.'),
        event('a', 'It opened in 1976.'),
      ],
      (id) => articles.get(id),
      createCopyCheck(),
    );
    expect(folded.map((answer) => answer.citations.map((citation) => citation.article))).toEqual([
      ['a', 'c'],
      ['c'],
      ['a'],
    ]);
  });

  it('/when answers with different dates stay apart even from copies', () => {
    const event = (date: string | null, article: string) => ({
      date,
      event: STORY[0]!,
      citations: [cite(article, STORY[0]!)],
    });
    const folded = foldCopies(
      [event(null, 'a'), event('2024-05-07', 'b')],
      (id) => articles.get(id),
      createCopyCheck(),
    );
    expect(folded).toHaveLength(2);
  });
});
