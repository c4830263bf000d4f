import { describe, expect, it } from 'vitest';
import { renderDigestMessages } from '../../src/discord/digest/render-digest-messages.js';
import { findLimitViolation, messageEmbedLength } from '../../src/discord/render/limits.js';
import { renderDigestText } from '../../src/digest/render-text.js';
import type { Digest, DigestEntry } from '../../src/digest/types.js';

function entry(index: number, title = `Port workers end strike after ${index} days of talks`): DigestEntry {
  return {
    articleId: `a${index}`,
    title,
    url: `https://news.example.com/2024/05/${index}/port-workers-end-strike-after-talks-with-employers`,
    published: '2024-05-01',
    sources: ['Reuters'],
    copies: [{ articleId: `a${index}`, source: 'Reuters', url: null, published: '2024-05-01' }],
  };
}

function digestWith(entries: DigestEntry[], extra: Partial<Digest> = {}): Digest {
  return {
    since: '2024-04-30',
    generatedAt: '2024-05-02T07:00:00.000Z',
    articleCount: entries.length,
    entries,
    omittedEntries: 0,
    unanalysedArticles: 0,
    people: [],
    quotations: [],
    events: [],
    ...extra,
  };
}

const folded: DigestEntry = {
  ...entry(1, 'Minister *denies* [leak] of budget_plan'),
  sources: ['Reuters', 'AP'],
  copies: [
    { articleId: 'a1', source: 'Reuters', url: null, published: '2024-05-01' },
    { articleId: 'b1', source: 'AP', url: null, published: '2024-05-01' },
  ],
};

const full = digestWith([folded, { ...entry(2), url: null, published: null }], {
  articleCount: 5,
  omittedEntries: 2,
  people: [{ name: 'Maria Lind', role: 'Finance Minister', stories: 2, mentions: 7 }],
  quotations: [
    {
      quote: 'We will not raise taxes this year',
      speaker: 'Maria Lind',
      articleId: 'a1',
      title: 'Minister denies leak',
    },
  ],
  events: [{ date: '2024-06-01', dateText: 'on June 1', event: 'The new tax takes effect on June 1', articleId: 'a1' }],
});

describe('renderDigestText', () => {
  it('shows every section with sources, dates and links', () => {
    const text = renderDigestText(full);
    expect(text).toContain('Daily digest: 4 new stories (5 articles) since 2024-04-30');
    expect(text).toContain('- 2024-05-01  Minister *denies* [leak] of budget_plan (Reuters, AP (2 copies))');
    expect(text).toContain('    https://news.example.com/2024/05/1/');
    expect(text).toContain('- undated  Port workers end strike after 2 days of talks (Reuters)');
    expect(text).toContain('…and 2 more stories; use /search to find them.');
    expect(text).toContain('- Maria Lind, Finance Minister: 2 stories');
    expect(text).toContain('- "We will not raise taxes this year": Maria Lind (Minister denies leak)');
    expect(text).toContain('- 2024-06-01: The new tax takes effect on June 1');
  });

  it('counts older articles that were not analysed', () => {
    const text = renderDigestText({ ...full, articleCount: 2500, unanalysedArticles: 500 });
    expect(text.split('\n')[0]).toBe('Daily digest: 2500 new articles since 2024-04-30');
    expect(text).toContain('…and 2 more stories and 500 older articles; use /search to find them.');
  });

  it('says nothing is new in one line', () => {
    expect(renderDigestText(digestWith([]))).toBe('Daily digest: no new articles since 2024-04-30.');
  });
});

describe('renderDigestMessages', () => {
  it('escapes markdown in titles and links them', () => {
    const [message] = renderDigestMessages(full);
    const description = message?.embeds[0]?.description ?? '';
    expect(description).toContain(
      '[Minister \\*denies\\* \\[leak\\] of budget\\_plan](https://news.example.com/2024/05/1/',
    );
    expect(description).toContain('**Port workers end strike after 2 days of talks** · Reuters · undated');
    expect(message?.embeds.map((embed) => embed.title)).toEqual([
      'Daily digest: 4 new stories (5 articles) since 2024-04-30',
      'People most mentioned',
      'Key quotations',
      'Dated events',
    ]);
  });

  it('keeps corpus text from forming links, mentions or markdown in every section', () => {
    const tricky = digestWith([entry(7, 'Port deal at https://port.example/a_b ~ [update]')], {
      people: [{ name: 'Ana_Lind <@123456789012345678>', role: '[acting] *mayor*', stories: 1, mentions: 2 }],
      quotations: [
        {
          quote: 'Click [here](https://bad.example) @everyone',
          speaker: '<@&42>',
          articleId: 'a7',
          title: 'Port `deal`',
        },
      ],
      events: [{ date: '2024-06-01', dateText: 'June 1', event: '# Vote ||on|| <t:1717200000:R>', articleId: 'a7' }],
    });
    const descriptions = renderDigestMessages(tricky).flatMap((message) =>
      message.embeds.map((embed) => embed.description),
    );
    expect(descriptions).toEqual([
      '• [Port deal at https://port.example/a\\_b \\~ \\[update\\]](https://news.example.com/2024/05/7/port-workers-end-strike-after-talks-with-employers) · Reuters · 2024-05-01',
      '• **Ana\\_Lind \\<@123456789012345678\\>**, \\[acting\\] \\*mayor\\* · 1 story',
      // @everyone stays as typed: the poster sends with no allowed mentions, so it cannot ping.
      '> Click \\[here\\](https://bad.example) @everyone\n— \\<@&42\\>, *Port \\`deal\\`*',
      '• **2024-06-01**: \\# Vote \\|\\|on\\|\\| \\<t:1717200000:R\\>',
    ]);
  });

  it('splits a long digest across embeds and messages inside Discord limits, losing no story', () => {
    const entries = Array.from({ length: 400 }, (_, index) =>
      entry(index, `${'Long headline about a regional election '.repeat(4)}${index}`),
    );
    const messages = renderDigestMessages(digestWith(entries), {
      footer: (part, parts) => `digest x1 · part ${part}/${parts}`,
    });
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(findLimitViolation(message)).toBeNull();
      expect(messageEmbedLength(message)).toBeLessThanOrEqual(6000);
    }
    const text = messages.flatMap((message) => message.embeds.map((embed) => embed.description)).join('\n');
    for (let index = 0; index < 400; index += 1) expect(text).toContain(`election ${index}](`);
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toBe(`digest x1 · part ${messages.length}/${messages.length}`);
  });

  it('renders nothing new as one short line', () => {
    expect(renderDigestMessages(digestWith([]))).toEqual([
      { content: 'Daily digest: no new articles since 2024-04-30.', embeds: [] },
    ]);
  });
});
