import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { renderAnswerSet } from '../../src/terminal/render-answer.js';

let service: BriefingService;
beforeAll(async () => {
  service = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
});

const HOSTILE: Array<[label: string, query: string]> = [
  ['empty', ''],
  ['spaces', '   \t  '],
  ['6000 characters', 'Shamkhani '.repeat(600)],
  ['regex', '(.*)+[a-z]{2,}\\d?^$|\\'],
  ['markdown', '**bold** _it_ `code` ~~x~~ ||spoiler|| > quote [link](http://x)'],
  ['everyone', '@everyone Shamkhani'],
  ['here', '@here'],
  ['user mention', '<@123456789012345678> Rouhani'],
  ['role mention', '<@&123456789012345678>'],
  ['zero width', 'Sham\u200bkhani\u200d'],
  ['right to left', '\u202eShamkhani\u202c'],
  ['arabic', 'شمخانی'],
  ['emoji', '🕵️‍♀️ Hezbollah 🇮🇷'],
  ['control characters', 'Rouhani\u0000\u0007\u001b[31m'],
  ['lone surrogate', 'Dehqan \ud800'],
  ['only punctuation', '?!.,;:'],
];
const COMMANDS: CommandName[] = ['who', 'when', 'quote', 'search'];

describe('hostile questions', () => {
  for (const command of COMMANDS) {
    it.each(HOSTILE)(`/${command} %s gets a clear reply without throwing`, async (_label, query) => {
      const set = await service.ask(command, query);
      expect(set.command).toBe(command);
      expect(Array.isArray(set.answers)).toBe(true);
      if (set.error) expect(set.error).toMatch(/[A-Za-z]/);
      const text = renderAnswerSet(set);
      expect(text.length).toBeGreaterThan(0);
    });
  }

  it('explains empty and overlong questions', async () => {
    expect((await service.ask('who', '')).error).toBe('Ask /who with a few words, for example: /who Ali Shamkhani');
    expect((await service.ask('search', 'x'.repeat(6000))).error).toMatch(/6000 characters long; keep it under 300/);
  });

  it('still finds a name hidden behind invisible characters', async () => {
    expect((await service.ask('who', 'Sham\u200bkhani')).answers[0]).toMatchObject({ person: 'Ali Shamkhani' });
  });
});
