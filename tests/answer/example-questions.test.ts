import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuestion } from '../../src/answer/question/check-question.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';

const COMMANDS = ['who', 'when', 'quote', 'search'] as const;

// A corpus that shares no name with the sample articles.
const articles: Record<string, string> = {
  'port.txt':
    '---\ntitle: Rotterdam port reopens after strike, talks go on\ndate: 2024-03-07\nsource: Harbour Wire\n---\n\n' +
    "Harbour master Kees Jansen, the port's chief, said on Thursday the port of Rotterdam reopened after the strike.\n\n" +
    '"Ships are moving again," Kees Jansen told reporters on Friday.\n',
  'ferry.txt':
    '---\ntitle: Ferry services resume on the Scheldt\ndate: 2024-03-05\nsource: River News\n---\n\n' +
    'Kees Jansen, the harbour master, said on Tuesday that the ferries would sail again.\n\n' +
    '"The river is open," said Marit de Boer, the transport minister.\n',
};

let corpusDir: string;
let emptyDir: string;
let service: BriefingService;
let empty: BriefingService;
beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-examples-'));
  emptyDir = await mkdtemp(path.join(tmpdir(), 'briefbot-examples-empty-'));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(corpusDir, name), text);
  service = await createBriefingService({ corpusDir, workers: 0 });
  empty = await createBriefingService({ corpusDir: emptyDir, workers: 0 });
});

afterAll(async () => {
  await service?.close?.();
  await empty?.close?.();
  await rm(corpusDir, { recursive: true, force: true });
  await rm(emptyDir, { recursive: true, force: true });
});

describe('examples for an empty question', () => {
  it('come from the loaded corpus, not from the sample articles', async () => {
    const errors = (await Promise.all(COMMANDS.map((command) => service.ask(command, '   ')))).map(
      (set) => set.error ?? '',
    );
    expect(errors[0]).toBe('Ask /who with a few words, for example: /who Kees Jansen');
    expect(errors[1]).toBe('Ask /when with a few words, for example: /when Rotterdam port reopens after strike');
    expect(errors[2]).toBe('Ask /quote with a few words, for example: /quote Kees Jansen');
    expect(errors[3]).toBe('Ask /search with a few words, for example: /search Jansen');
    for (const error of errors) expect(error).not.toMatch(/Shamkhani|Rouhani|Bukamal/);
  });

  it('are questions the corpus answers', async () => {
    for (const command of COMMANDS) {
      const example = /for example: \/\w+ (.+)$/.exec((await service.ask(command, '')).error ?? '')?.[1];
      expect(example, command).toBeDefined();
      expect((await service.ask(command, example!)).answers.length, command).toBeGreaterThan(0);
    }
  });

  it('say what to type when the corpus holds nothing', async () => {
    expect((await empty.ask('who', '')).error).toBe("Ask /who with a few words: a person's name or a role.");
    expect((await empty.ask('search', '\u200b')).error).toBe(
      'Ask /search with a few words: a few words from the articles.',
    );
  });
});

describe('checkQuestion', () => {
  it('asks for an example only when it shows one', () => {
    let asked = 0;
    const example = (): string => {
      asked += 1;
      return '/who Kees Jansen';
    };
    expect(checkQuestion('who', 'Jansen', example)).toBeNull();
    expect(checkQuestion('who', 'x'.repeat(301), example)).toMatch(/301 characters long; keep it under 300/);
    expect(checkQuestion('frobnicate', 'x', example)).toBe(
      'Unknown command "frobnicate". Try one of: who, when, quote, search.',
    );
    expect(asked).toBe(0);
    expect(checkQuestion('who', '', example)).toBe('Ask /who with a few words, for example: /who Kees Jansen');
    expect(asked).toBe(1);
  });
});
