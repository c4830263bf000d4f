import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefFileName, renderBriefMarkdown, unescapeBriefText } from '../../src/presentation/brief-markdown.js';
import { timelineEvents } from '../../src/brief/timeline.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { writeBriefCorpus } from './brief-corpus.js';

let folder: string;
let service: MemoryBriefingService;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'briefbot-brief-'));
  await writeBriefCorpus(folder);
  service = await createBriefingService({ corpusDir: folder, workers: 0 });
});
afterAll(async () => {
  await service.close?.();
  await rm(folder, { recursive: true, force: true });
});

describe('a person brief', () => {
  it("centres on the person: first in who's who with the roles the articles state", () => {
    const brief = service.brief({ subject: 'Okafor' });
    expect(brief.error).toBeUndefined();
    expect(brief).toMatchObject({ kind: 'person', title: 'Maria Okafor', articleCount: 3 });
    expect(brief.people[0]).toMatchObject({ name: 'Maria Okafor', articles: 3, stories: 2 });
    expect(brief.people[0]!.roles.map((role) => role.toLowerCase())).toEqual(
      expect.arrayContaining(['union leader', 'leader of the dock workers union']),
    );
  });

  it('orders the timeline oldest first, each event with its resolved date, words and article', () => {
    const { timeline } = service.brief({ subject: 'Maria Okafor' });
    expect(timeline.map((event) => [event.date, event.dateText])).toEqual([
      ['2021-02-26', 'on Friday'],
      ['2021-04-05', 'on Monday'],
    ]);
    expect(timeline[0]!.citations[0]).toMatchObject({ article: 'harbor-wire/strike-begins', published: '2021-03-01' });
    const newestFirst = timelineEvents(service.brief({ subject: 'Maria Okafor' }), 'newest');
    expect(newestFirst.map((event) => event.date)).toEqual(['2021-04-05', '2021-02-26']);
  });

  it('folds a syndicated copy: one story naming both sources, each sentence and quotation once citing both copies', () => {
    const brief = service.brief({ subject: 'Okafor' });
    expect(brief.sources).toHaveLength(2);
    const strike = brief.sources.find((source) => source.title.startsWith('Dock workers'))!;
    expect([...strike.sources].sort()).toEqual(['Coast Daily', 'Harbor Wire']);
    expect(strike.copies.map((copy) => copy.articleId).sort()).toEqual([
      'coast-daily/strike-ends',
      'harbor-wire/strike-ends',
    ]);
    const deal = brief.quotations.filter((quotation) => quotation.quote.startsWith('We won a fair deal'));
    expect(deal).toHaveLength(1);
    expect(deal[0]!.citations.map((citation) => citation.source).sort()).toEqual(['Coast Daily', 'Harbor Wire']);
    const monday = brief.timeline.filter((event) => event.date === '2021-04-05');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.citations).toHaveLength(2);
  });

  it('lists what was said with its speaker, newest story first', () => {
    const { quotations } = service.brief({ subject: 'Okafor' });
    expect(quotations.map((quotation) => [quotation.speaker, quotation.quote.slice(0, 20)])).toEqual([
      ['Maria Okafor', 'We won a fair deal f'],
      ['Maria Okafor', 'The crews cannot liv'],
    ]);
  });

  it('says so when the person is never quoted, and keeps to the dates asked', () => {
    const reyes = service.brief({ subject: 'Tom Reyes' });
    expect(reyes.title).toBe('Tom Reyes');
    expect(reyes.quotations).toEqual([]);
    expect(renderBriefMarkdown(reyes)).toContain('## What was said\n\n_No quotation in these articles._');
    // A sentence with two dates is one line, at the first.
    expect(reyes.timeline.map((event) => [event.date, event.dateText])).toEqual([
      ['2019', 'in 2019'],
      ['2021-05-13', 'on Thursday'],
      ['2021-06-01', 'from June 1'],
    ]);

    const april = service.brief({ subject: 'Okafor', since: '2021-04' });
    expect(april.sources.map((source) => source.published)).toEqual(['2021-04-06']);
    expect(april.timeline.map((event) => event.date)).toEqual(['2021-04-05']);
    expect(service.brief({ subject: 'Okafor', until: '2021-03' }).sources).toHaveLength(1);
    expect(service.brief({ subject: 'Okafor', since: '2022' }).error).toContain('No article about "Maria Okafor"');
    expect(service.brief({ subject: 'Okafor', since: 'last week' }).error).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('a topic brief', () => {
  it('with nothing dated: an empty timeline that says so, the matching passage as an undated statement', () => {
    const brief = service.brief({ subject: 'fishing quotas' });
    expect(brief).toMatchObject({ kind: 'topic', title: 'fishing quotas', timeline: [], people: [], quotations: [] });
    expect(brief.undated.map((event) => event.event)).toEqual([
      'The fishing quotas for the northern bay remain a matter of dispute between the two cooperatives.',
    ]);
    const markdown = renderBriefMarkdown(brief);
    expect(markdown).toContain('## Timeline\n\n_Nothing dated in these articles._');
    expect(markdown).toContain("## Who's who\n\n_No person is named in these articles._");
  });

  it('reads the passages matching the topic, and finds nothing for words the corpus lacks', () => {
    const brief = service.brief({ subject: 'harbor strike wages' });
    expect(brief.kind).toBe('topic');
    expect(brief.sources.map((source) => source.articleId)).toContain('harbor-wire/strike-begins');
    expect(service.brief({ subject: 'volcanic eruption' }).error).toBe(
      'Nothing in the corpus names or matches "volcanic eruption".',
    );
    expect(service.brief({ subject: '  ?! ' }).error).toContain('Name a person or a topic');
  });
});

describe('the Markdown brief', () => {
  it('cites every line with a footnote whose passage is in the article it names', () => {
    for (const subject of ['Okafor', 'Reyes', 'fishing quotas', 'harbor strike']) {
      const markdown = renderBriefMarkdown(service.brief({ subject }));
      const used = new Set([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => match[1]));
      const notes = [...markdown.matchAll(/^\[\^(\d+)\]: (.*), `([^`]+)`: “(.*)”$/gm)];
      expect(notes.length).toBeGreaterThan(0);
      expect(new Set(notes.map((note) => note[1]))).toEqual(used);
      for (const [, , , articleId, passage] of notes) {
        const article = service.article(articleId!);
        expect(article, articleId).toBeDefined();
        const body = article!.paragraphs.join('\n').replace(/\s+/g, ' ');
        expect(body).toContain(unescapeBriefText(passage!));
      }
    }
  });

  it('links titles, escapes corpus text, and names its file brief-<topic>-<date>.md', () => {
    const brief = service.brief({ subject: 'Okafor' });
    const markdown = renderBriefMarkdown(brief);
    expect(markdown).toMatch(/^# Brief: Maria Okafor\n/);
    expect(markdown).toContain('[Dock workers end harbor strike after pay deal](https://coast.example/strike-ends)');
    expect(markdown).toContain('Coast Daily, Harbor Wire · 2021-04-06 (2 copies)');
    expect(briefFileName({ title: 'Kurdish referendum: *the vote*', today: '2026-12-03' })).toBe(
      'brief-kurdish-referendum-the-vote-2026-12-03.md',
    );
    expect(briefFileName(brief)).toMatch(/^brief-maria-okafor-\d{4}-\d{2}-\d{2}\.md$/);
  });
});
