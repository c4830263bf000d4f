import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { PassageIndex } from '../../src/search/passage-index.js';

const article = (id: string, title: string, paragraphs: string[]): Article => ({
  id,
  path: `${id}.txt`,
  title,
  published: null,
  source: null,
  url: null,
  paragraphs,
  credits: [],
  extra: {},
  contentHash: id,
});

const articles = [
  article('oil', 'Oil prices fall', [
    'Crude oil prices fell on Monday as supply rose.',
    'Traders said the market was calm.',
  ]),
  article('bank', 'Central bank holds', [
    'The central bank held interest rates, said Karl Otto Pöhl.',
    'Markets rose on the news of rates.',
  ]),
  article('town', 'Market town', ['The market town of Rates held its annual fair; market stalls sold oil paintings.']),
];
const index = PassageIndex.build(articles);

describe('passage index', () => {
  it('ranks a name first, whatever its case and accents', () => {
    expect(index.search('karl otto pohl')[0]!.passage.articleId).toBe('bank');
    expect(index.search('PÖHL')[0]!.passage.text).toContain('Karl Otto Pöhl');
  });
  it('ranks the exact phrase above scattered words', () => {
    const hits = index.search('oil prices');
    expect(hits[0]!.passage.text).toBe('Crude oil prices fell on Monday as supply rose.');
  });
  it('matches plurals to singulars', () => {
    expect(index.search('interest rate')[0]!.passage.articleId).toBe('bank');
    expect(index.search('traders')[0]!.passage.text).toContain('Traders said');
  });
  it('finds nothing for words that are not in the corpus, or only stop words', () => {
    expect(index.search('zeppelin')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
  });
});

describe('passage index updates and snapshots', () => {
  it('replaces an article in place and forgets a removed one', () => {
    const live = PassageIndex.build([
      article('a', 'First', ['The zebra crossed the road.']),
      article('b', 'Second', ['A lion slept.']),
    ]);
    live.addArticle(article('a', 'First', ['The giraffe crossed the road.']));
    expect(live.search('zebra')).toEqual([]);
    expect(live.search('giraffe')[0]!.passage.articleId).toBe('a');
    live.removeArticle('b');
    expect(live.search('lion')).toEqual([]);
    expect(live.size).toBe(1);
  });

  it('answers the same after a round trip through a snapshot', () => {
    const byId = new Map(articles.map((item) => [item.id, item]));
    const copy = PassageIndex.fromSnapshot(structuredClone(index.toSnapshot()), byId);
    for (const query of ['karl otto pohl', 'oil prices', 'interest rate', 'market']) {
      expect(copy.search(query)).toEqual(index.search(query));
    }
  });

  it('answers the same restored in steps, its term map imported a few entries at a time', () => {
    const byId = new Map(articles.map((item) => [item.id, item]));
    const steps = PassageIndex.fromSnapshotInSteps(structuredClone(index.toSnapshot()), byId, 16);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    const copy = step.value;
    // Each piece of flexsearch's export a step of its own: more steps than pieces it exported.
    expect(count).toBeGreaterThan(index.toSnapshot().flexsearch.length + 3);
    for (const query of ['karl otto pohl', 'oil prices', 'interest rate', 'market', 'rates held', 'paintings'])
      expect(copy.search(query)).toEqual(index.search(query));
    expect(copy.toSnapshot()).toEqual(index.toSnapshot());
  });

  it('keeps answering the same through a snapshot after articles were replaced and removed', () => {
    const first = [
      article('a', 'First', ['The zebra crossed the road.', 'A second zebra followed the first zebra.']),
      article('b', 'Second', ['A lion slept.']),
      article('c', 'Third', ['The lion woke and the zebra ran.']),
    ];
    const live = PassageIndex.build(first);
    const replaced = article('a', 'First', ['The giraffe crossed the road.']);
    live.addArticle(replaced);
    live.removeArticle('b');
    const byId = new Map([replaced, first[2]!].map((item) => [item.id, item]));
    const copy = PassageIndex.fromSnapshot(structuredClone(live.toSnapshot()), byId);
    expect(copy.size).toBe(2);
    for (const query of ['zebra', 'giraffe', 'lion', 'road']) expect(copy.search(query)).toEqual(live.search(query));
    expect(copy.passagesOf('a')).toEqual([
      { articleId: 'a', paragraph: 0, position: 0, text: 'The giraffe crossed the road.' },
    ]);
    // An article without a paragraph has no passage and takes none of another's terms.
    const empty = article('e', 'Empty', []);
    live.addArticle(empty);
    const withEmpty = PassageIndex.fromSnapshot(structuredClone(live.toSnapshot()), new Map(byId).set('e', empty));
    for (const query of ['zebra', 'giraffe', 'lion']) expect(withEmpty.search(query)).toEqual(live.search(query));
    expect(withEmpty.passagesOf('e')).toEqual([]);
    const emptyFirst = PassageIndex.build([empty, replaced]);
    const restored = PassageIndex.fromSnapshot(structuredClone(emptyFirst.toSnapshot()), byId.set('e', empty));
    expect(restored.search('giraffe')).toEqual(emptyFirst.search('giraffe'));
    expect(restored.toSnapshot().terms).toEqual(emptyFirst.toSnapshot().terms);
    // Text is read from the articles: a snapshot restored against other ones is refused, not misread.
    const shorter = new Map(byId).set('c', article('c', 'Third', ['The lion woke.']));
    expect(() => PassageIndex.fromSnapshot(structuredClone(live.toSnapshot()), shorter)).toThrow(/does not fit/);
  });
});
