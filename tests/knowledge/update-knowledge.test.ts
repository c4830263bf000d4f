import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/knowledge/build-knowledge.js';
import { updateKnowledge } from '../../src/knowledge/update-knowledge.js';
import { article } from '../answer/when-fixture.js';

const STORIES = [
  article('a', 'Story a', '2020-03-06', ['Union leader Jan Bakker said on Friday the strike was over.']),
  article('b', 'Story b', '2020-03-06', ['"The port is open again," port chief Anna de Vries said on Thursday.']),
  article('c', 'Story c', '2020-03-06', ['Shipping agent Piet Smit said ships queued outside the harbour last week.']),
];

describe('updateKnowledge', () => {
  it('changes nothing until its commit, then holds what a fresh build of the new corpus holds, in its order', async () => {
    const base = await buildKnowledge(STORIES, { workers: 0 });
    const before = { articles: [...base.articles], extractions: [...base.extractions], people: base.people };
    const edited = article('b', 'Story b', '2020-03-06', [
      '"The port stays open," port chief Anna de Vries told reporters on Saturday.',
    ]);
    const update = await updateKnowledge(base, { replaced: [edited], removed: ['c'] }, { workers: 0 });
    expect({ articles: [...base.articles], extractions: [...base.extractions], people: base.people }).toEqual(before);

    const next = update.commit();
    const fresh = await buildKnowledge([STORIES[0]!, edited], { workers: 0 });
    expect([...next.articles]).toEqual([...fresh.articles]);
    expect([...next.extractions]).toEqual([...fresh.extractions]);
    expect(next.people.persons).toEqual(fresh.people.persons);
    expect(next.people.byArticleName).toEqual(fresh.people.byArticleName);
    expect(() => update.commit()).toThrow(/already committed/);
  });
});
