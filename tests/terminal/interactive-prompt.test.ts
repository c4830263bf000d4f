import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { runInteractivePrompt } from '../../src/terminal/interactive-prompt.js';

let service: MemoryBriefingService;
beforeAll(async () => {
  service = await createBriefingService({ corpusDir: 'corpus' });
});

async function converse(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const done = runInteractivePrompt(service, { input, output });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe('interactive prompt', () => {
  it('answers typed commands with citations and quits', async () => {
    const text = await converse(['/search Al-Bukamal', '/quit', '/search never reached']);
    expect(text).toContain('Commands:');
    expect(text).toContain('Daesh terrorists were flushed out of their last stronghold in Syria’s Al-Bukamal');
    expect(text).toContain('[000_ee9d258b94439a1e]');
    expect(text).not.toContain('never reached');
  });

  it('/when prints the event sentence once, its quotation closed; /who prints a passage naming the person first', async () => {
    const when = await converse(['/when Daesh flushed out of Al-Bukamal']);
    expect(when).toContain(
      'The agency says “on November 19, Daesh terrorists were flushed out of their last stronghold in Syria’s Al-Bukamal.”',
    );
    expect(when.match(/Daesh terrorists were flushed out/g)).toHaveLength(1);
    const who = await converse(['/who Shamkhani']);
    const passages = who.split('\n').filter((line) => line.trimStart().startsWith('> '));
    expect(passages[0]).toMatch(/^\s+> Ali Shamkhani, who serves as/);
  });

  it('helps with empty queries and unknown commands, and lists the sources', async () => {
    const text = await converse(['/who', '/frobnicate x', '/sources']);
    expect(text).toContain('Ask /who with a few words, for example: /who Ali Shamkhani');
    expect(text).toContain('Unknown command "/frobnicate"');
    expect(text).toContain('5 articles');
  });
});
