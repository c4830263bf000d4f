import { describe, expect, it } from 'vitest';
import { Pager } from '../../src/discord/pager.js';
import { createRateLimiter } from '../../src/discord/rate-limiter.js';
import { escapeMarkdownText } from '../../src/discord/render/escape-markdown.js';
import { fitEmbed } from '../../src/discord/render/fit-embed.js';
import { embedLength } from '../../src/discord/render/limits.js';
import {
  escapeAndTruncate,
  escapeText,
  joinLinesWithin,
  markdownLink,
  plainText,
  truncate,
} from '../../src/discord/render/text.js';
import { toChoices } from '../../src/discord/suggest-options.js';

describe('text helpers', () => {
  it.each([
    ['short', 10, 'short'],
    ['the talks went on through the night', 20, 'the talks went on…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
  ])('truncate(%j, %d) = %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });

  it('escapes within the limit, never leaving half an escape', () => {
    const escaped = escapeAndTruncate('*'.repeat(50), 21);
    expect(escaped.length).toBeLessThanOrEqual(21);
    expect(escaped.replace(/…$/, '')).toMatch(/^(\\\*)+$/);
  });

  it('links only http(s) urls and keeps brackets and parentheses from breaking the link', () => {
    expect(markdownLink('Port [update]', 'https://news.example/a_(b)')).toBe(
      '[Port \\[update\\]](https://news.example/a_%28b%29)',
    );
    expect(markdownLink('Port', 'javascript:alert(1)')).toBe('Port');
    // A url inside a label is only text: its underscores must not pair into italics.
    expect(markdownLink('See https://a.example/x_y and z_w <@1>', 'https://news.example/a')).toBe(
      '[See https://a.example/x\\_y and z\\_w \\<@1\\>](https://news.example/a)',
    );
    expect(markdownLink('Port', null)).toBe('Port');
  });

  it('joins lines within a limit and says how many were left out', () => {
    const joined = joinLinesWithin(
      Array.from({ length: 50 }, (_, index) => `line number ${index}`),
      100,
    );
    expect(joined.length).toBeLessThanOrEqual(100);
    expect(joined).toMatch(/… and \d+ more$/);
  });
});

describe('plain text', () => {
  it.each([
    ['right-to-left override', '\u202eShamkhani\u202c', 'Shamkhani'],
    ['isolates', '\u2067Rouhani\u2069 \u2066said\u2069', 'Rouhani said'],
    ['control characters', 'Rouhani\u0000\u0007\u001b[31m', 'Rouhani[31m'],
    ['newlines and tabs stay', 'a\n\tb', 'a\n\tb'],
    ['Arabic and emoji stay', 'شمخانی 🇮🇷', 'شمخانی 🇮🇷'],
  ])('%s', (_label, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  it('escapeText drops direction controls before escaping', () => {
    expect(escapeText('\u202e@everyone *x*')).toBe('@\u200beveryone \\*x\\*');
  });
});

describe('markdown escaping', () => {
  it.each([
    [
      'bold, italic, code, strike, spoiler',
      '**b** _i_ `c` ~~s~~ ||x||',
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\|\\|x\\|\\|',
    ],
    ['underline', '__now__', '\\_\\_now\\_\\_'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['single tilde and bar stay', 'a ~ b | c', 'a ~ b | c'],
    ['urls stay whole', 'see https://x.example/a_b_c and _y_', 'see https://x.example/a_b_c and \\_y\\_'],
    ['custom emoji stay whole', '<:my_emoji:123456789012345678> *', '<:my_emoji:123456789012345678> \\*'],
    ['headings at a line start', '# Head\n-# small\nnot # here', '\\# Head\n\\-# small\nnot # here'],
    ['masked link brackets are escaped', 'Council [zoning]', 'Council \\[zoning\\]'],
  ])('%s', (_label, input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });

  it('stays linear on long passages (discord.js escapeMarkdown took ~30 ms on this)', () => {
    const passage = 'Ali_Shamkhani said *this* and that. '.repeat(100);
    const started = performance.now();
    for (let round = 0; round < 100; round += 1) escapeMarkdownText(passage);
    expect((performance.now() - started) / 100).toBeLessThan(2);
  });
});

describe('fitEmbed', () => {
  it('keeps every part and the whole within Discord limits', () => {
    const fitted = fitEmbed({
      title: 't'.repeat(400),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) })),
      footer: { text: 'f'.repeat(3000) },
    });
    expect(fitted.title!.length).toBeLessThanOrEqual(256);
    expect(fitted.fields).toHaveLength(25);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
  });
});

describe('rate limiter', () => {
  it('allows a burst up to capacity, then refills over time, per user', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.5, now: () => now });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now = 2000;
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a').allowed).toBe(false);
  });
});

describe('pager', () => {
  const pages = [1, 2, 3].map((index) => ({ embeds: [{ description: `page ${index}` }] }));

  it('one page needs no buttons; sessions expire and the oldest go first when full', () => {
    let now = 0;
    const pager = new Pager({ lifetimeMs: 1000, maxSessions: 2, now: () => now });
    expect(pager.open('u', pages.slice(0, 1)).components).toEqual([]);
    const first = pager.open('u', pages);
    pager.open('u', pages);
    pager.open('u', pages);
    expect(pager.size).toBe(2);
    const firstNext = (first.components[0]!.components[2] as { custom_id: string }).custom_id;
    expect(pager.turn(firstNext, 'u').kind).toBe('expired');
    const latest = pager.open('u', pages);
    const next = (latest.components[0]!.components[2] as { custom_id: string }).custom_id;
    expect(next.length).toBeLessThanOrEqual(100);
    expect(pager.turn(next, 'someone else').kind).toBe('not-owner');
    const turned = pager.turn(next, 'u');
    expect(turned.kind === 'page' && turned.reply.embeds[0]!.description).toBe('page 2');
    now = 5000;
    expect(pager.turn(next, 'u').kind).toBe('expired');
  });
});

describe('autocomplete choices', () => {
  it('keeps namesakes apart by label, drops values too long to use, and stops at 25', () => {
    const choices = toChoices([
      { label: 'Tom Reyes (2 articles) · port director', value: 'Tom Reyes' },
      { label: 'Tom Reyes (1 article) · city councillor', value: 'Tom Reyes' },
      { label: 'Tom Reyes (2 articles) · port director', value: 'Tom Reyes' },
      { label: 'x', value: 'y'.repeat(101) },
      ...Array.from({ length: 40 }, (_, index) => ({ label: `${'L'.repeat(120)}${index}`, value: `v${index}` })),
    ]);
    expect(choices).toHaveLength(25);
    expect(choices.slice(0, 2).map((choice) => choice.name)).toEqual([
      'Tom Reyes (2 articles) · port director',
      'Tom Reyes (1 article) · city councillor',
    ]);
    expect(choices.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
  });
});
