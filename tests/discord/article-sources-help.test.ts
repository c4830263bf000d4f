import { afterEach, describe, expect, it } from 'vitest';
import { isPlausibleArticleId } from '../../commands/article.js';
import { createRateLimiter } from '../../src/discord/rate-limiter.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { isEphemeral, replyEmbeds, replyText } from '../support/fake-discord/interaction-record.js';
import type { Json } from '../support/fake-discord/json.js';

describe('/article, /sources, /help and the question rate limit', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.stop();
  });

  it('/article shows title (linked), source, date, link, first paragraph and people', async () => {
    harness = await startHarness();
    const record = await harness.ask('article', { id: 'wires/harbor-strike' });
    const embed = replyEmbeds(record)[0]!;
    expect(embed.title).toBe('Dock workers end harbor strike after pay deal');
    expect(embed.url).toBe('https://news.example/harbor-strike');
    expect(embed.description).toContain('Union leader Maria Okafor said on Monday');
    const fields = Object.fromEntries(((embed.fields ?? []) as Json[]).map((field) => [field.name, field.value]));
    expect(fields).toMatchObject({
      Source: 'Example Wire',
      Published: '2021-04-06',
      Link: 'https://news.example/harbor-strike',
      People: 'Maria Okafor',
    });
    expect(harness.logs.errors()).toEqual([]);
  });

  it('/article escapes markdown in titles and works without a url or a date', async () => {
    harness = await startHarness();
    const record = await harness.ask('article', { id: 'desk/council-vote' });
    const embed = replyEmbeds(record)[0]!;
    expect(embed.title).toBe('Council \\*votes\\* on\\_harbor \\[zoning\\]');
    expect(embed.url).toBe('https://news.example/council');
    const fields = Object.fromEntries(((embed.fields ?? []) as Json[]).map((field) => [field.name, field.value]));
    expect(fields.Published).toBe('Not stated');
    expect(harness.fake.rejections).toEqual([]);
  });

  it.each([
    '../etc/passwd',
    'wires/../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'wires/missing',
    'wires//harbor-strike',
  ])('/article refuses %s privately', async (id) => {
    harness = await startHarness();
    const record = await harness.ask('article', { id });
    expect(isEphemeral(record)).toBe(true);
    expect(replyText(record)).toContain('No such article');
    expect(harness.logs.errors()).toEqual([]);
  });

  it.each([
    ['wires/harbor-strike', true],
    ['000_ee9d258b94439a1e', true],
    ['..', false],
    ['a/./b', false],
    ['a\u0000b', false],
    ['', false],
  ])('isPlausibleArticleId(%j) is %s', (id, expected) => {
    expect(isPlausibleArticleId(id)).toBe(expected);
  });

  it('/sources gives the corpus at a glance', async () => {
    harness = await startHarness();
    const text = replyText(await harness.ask('sources'));
    expect(text).toContain('The corpus at a glance');
    expect(text).toContain('Articles\n3');
    expect(text).toContain('2 (2021-03-02 to 2021-04-06)');
    expect(text).toContain('Dock workers end harbor strike after pay deal · Example Wire · 2021-04-06');
  });

  it('/help lists every loaded command with an example, the question commands first', async () => {
    harness = await startHarness();
    const embed = replyEmbeds(await harness.ask('help'))[0]!;
    const names = ((embed.fields ?? []) as Json[]).map((field) => String(field.name));
    expect(names).toEqual([
      '/who',
      '/when',
      '/quote',
      '/search',
      '/brief',
      '/timeline',
      '/ask',
      '/article',
      '/sources',
      '/digest (admins)',
      '/reload (admins)',
      '/add (admins)',
      '/help',
    ]);
    for (const field of (embed.fields ?? []) as Json[]) expect(String(field.value)).toContain('Example: `/');
  });

  it('rate-limits questions per user with a polite private reply; other users are not affected', async () => {
    harness = await startHarness({ rateLimiter: createRateLimiter({ capacity: 2, refillPerSecond: 0.1 }) });
    await harness.ask('who', { name: 'Okafor' });
    await harness.ask('search', { query: 'harbor' });
    const limited = await harness.ask('who', { name: 'Okafor' });
    expect(isEphemeral(limited)).toBe(true);
    expect(replyText(limited)).toMatch(/You're asking quickly: please wait \d+ s/);
    const other = await harness.ask('who', { name: 'Okafor' }, { id: '123456789012345678', username: 'other' });
    expect(replyText(other)).toContain('Maria Okafor');
    // /help is not a question: never limited.
    expect(replyText(await harness.ask('help'))).toContain('briefbot');
    expect(harness.logs.errors()).toEqual([]);
  });
});
