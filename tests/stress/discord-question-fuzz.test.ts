import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { isSettled, replyText, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import {
  liveMentions,
  messagesThatCouldPing,
  messageText,
  sentMessages,
} from '../support/fake-discord/inspect-messages.js';
import { createUser } from '../support/fake-discord/payloads.js';

/** Hostile question text, as a user can type or paste it (Discord's own length caps bypassed). */
const HOSTILE: Array<[label: string, text: string]> = [
  ['empty', ''],
  ['spaces', '   \t  '],
  ['6000 characters', 'Shamkhani '.repeat(600)],
  ['6000 characters without spaces', 'x'.repeat(6000)],
  ['regex', '(.*)+[a-z]{2,}\\d?^$|\\'],
  ['catastrophic regex', `${'a'.repeat(40)}!(a+)+$`],
  ['markdown', '**bold** _it_ `code` ~~x~~ ||spoiler|| > quote [link](http://x) # Heading'],
  ['code fence', '```js\nalert(1)\n```'],
  ['everyone', '@everyone Shamkhani'],
  ['here', '@here'],
  ['everyone in backticks', '`@everyone` Rouhani'],
  ['user mention', '<@123456789012345678> Rouhani'],
  ['nickname mention', '<@!123456789012345678>'],
  ['role mention', '<@&123456789012345678>'],
  ['channel mention', '<#123456789012345678> harbor'],
  ['zero width', 'Sham\u200bkhani\u200d'],
  ['zero width mention', '@\u200beveryone'],
  ['right to left override', '\u202eShamkhani\u202c'],
  ['isolates', '\u2067Rouhani\u2069 \u2066said'],
  ['arabic', 'شمخانی'],
  ['emoji', '🕵️‍♀️ Hezbollah 🇮🇷'],
  ['control characters', 'Rouhani\u0000\u0007\u001b[31m'],
  ['lone surrogate', 'Dehqan \ud800'],
  ['only punctuation', '?!.,;:'],
  ['html', '<script>alert(1)</script> <img src=x onerror=alert(1)>'],
  ['masked link', '[click me](https://evil.example/@everyone)'],
];

/** Each question command and the option that carries the question. */
const COMMANDS: Array<{ name: string; option: string }> = [
  { name: 'who', option: 'name' },
  { name: 'when', option: 'event' },
  { name: 'quote', option: 'speaker' },
  { name: 'search', option: 'query' },
  { name: 'brief', option: 'subject' },
  { name: 'timeline', option: 'subject' },
  { name: 'ask', option: 'question' },
];

let harness: Harness;
beforeAll(async () => {
  const service = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
  harness = await startHarness({ service });
});
afterAll(async () => {
  await harness?.stop();
});

const bidiControls = /[\u202a-\u202e\u2066-\u2069]/;

function expectClearAndSafe(record: InteractionRecord): void {
  expect(isSettled(record)).toBe(true);
  expect(record.rejections).toEqual([]);
  const text = replyText(record);
  // A clear reply: words a reader can act on, never an empty or blank message.
  expect(text).toMatch(/[A-Za-z]{3,}/);
  expect(liveMentions(record.original ?? {})).toEqual([]);
  // Direction overrides typed by the user must not flip the bot's own words around them.
  expect(text).not.toMatch(bidiControls);
}

describe('hostile questions through Discord', () => {
  for (const { name, option } of COMMANDS) {
    it(`/${name}: every hostile ${option} gets a clear reply within Discord's limits, and nothing can ping`, async () => {
      const user = createUser(`fuzzer-${name}`);
      const records = HOSTILE.map(([label, text]) => ({
        label,
        record: harness.send(name, { [option]: text, ...(label.length % 2 === 0 ? { private: true } : {}) }, user),
      }));
      await Promise.all(records.map(({ record }) => harness.fake.waitFor(record, undefined, 10_000)));
      for (const { label, record } of records) {
        try {
          expectClearAndSafe(record);
        } catch (error) {
          throw new Error(`/${name} ${label}: ${(error as Error).message}\n${replyText(record)}`);
        }
      }
    });
  }

  it('/quote: every hostile topic with a real speaker gets a clear reply', async () => {
    const user = createUser('fuzzer-topic');
    const records = HOSTILE.map(([, text]) => harness.send('quote', { speaker: 'Rouhani', topic: text }, user));
    await Promise.all(records.map((record) => harness.fake.waitFor(record, undefined, 10_000)));
    for (const record of records) expectClearAndSafe(record);
  });

  it('/who, /quote and /article autocomplete with hostile text: at most 25 valid choices, no failure', async () => {
    const user = createUser('fuzzer-autocomplete');
    for (const [name, focused] of [
      ['who', 'name'],
      ['quote', 'speaker'],
      ['article', 'id'],
    ] as const) {
      const records = await Promise.all(HOSTILE.map(([, text]) => harness.autocomplete(name, focused, text, user)));
      for (const record of records) {
        expect(record.acknowledgement?.type).toBe(8);
        expect(record.rejections).toEqual([]);
      }
    }
  });

  it('across everything the fake received: allowed_mentions parse [] on every message, no live mention, nothing rejected, no error logged', () => {
    const messages = sentMessages(harness.fake);
    expect(messages.length).toBeGreaterThanOrEqual(COMMANDS.length * HOSTILE.length + HOSTILE.length);
    expect(messagesThatCouldPing(harness.fake)).toEqual([]);
    expect(messages.flatMap(({ message }) => liveMentions(message))).toEqual([]);
    // Within Discord's limits: the fake answers 400 / 50035 to anything over them.
    expect(harness.fake.rejections).toEqual([]);
    for (const { message } of messages) expect(messageText(message).length).toBeLessThanOrEqual(6000 + 2000);
    expect(harness.logs.errors()).toEqual([]);
  });

  it('afterwards the bot still answers an ordinary question', async () => {
    expect(replyText(await harness.ask('who', { name: 'Shamkhani' }, createUser('ordinary')))).toContain(
      'Ali Shamkhani',
    );
  });
});
