import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTable } from '../../src/command-table/command-table.js';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { openDigestStore } from '../../src/digest/digest-store.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { completeLine } from '../../src/terminal/complete-line.js';
import { runInteractivePrompt } from '../../src/terminal/interactive-prompt.js';
import { recordingLogger } from '../digest/support/harness.js';

let service: MemoryBriefingService;
let work: string;
beforeAll(async () => {
  service = await createBriefingService({ corpusDir: 'corpus' });
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-prompt-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Types lines into the prompt and returns everything it printed; `tty` turns on line editing (Tab). */
async function converse(lines: string[], options: { tty?: boolean; digestStorePath?: string } = {}): Promise<string> {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), options.tty ? { isTTY: true, columns: 200 } : {});
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runInteractivePrompt(
    service,
    { input, output },
    { digestStorePath: options.digestStorePath ?? path.join(work, 'none.json') },
  );
  // At a terminal, each key press is read as it comes: Enter in a chunk of its own, after the Tab.
  for (const line of lines) {
    input.write(options.tty ? line : `${line}\n`);
    if (options.tty) input.write('\r');
  }
  input.end();
  await done;
  return text;
}

/** The reply to the one line typed after the help the prompt prints first. */
async function reply(line: string, options: { digestStorePath?: string } = {}): Promise<string> {
  const text = await converse([line], options);
  return text.slice(text.indexOf('briefbot> ') + 'briefbot> '.length);
}

describe('the prompt is the same product as the bot', () => {
  it('knows every command of the table, as Discord does, and /help lists the questions first', async () => {
    // Slash commands only: a message menu entry ("Add to briefing") has no description or options.
    const discord = (await loadCommands())
      .map((command) => command.data.toJSON())
      .flatMap((json) => ('description' in json && 'options' in json ? [json] : []));
    for (const entry of commandTable) {
      const registered = discord.find((command) => command.name === entry.name);
      expect(registered?.description).toBe(entry.description);
      for (const option of entry.options) {
        expect(registered?.options?.find((candidate) => candidate.name === option.name)?.description).toBe(
          option.description,
        );
      }
      expect(await reply(`/${entry.name}`)).not.toContain('Unknown command');
    }
    const help = await reply('/help');
    const order = [...help.matchAll(/^ {2}\/(\w+)/gm)].map((match) => match[1]);
    expect(order).toEqual([
      'who',
      'when',
      'quote',
      'search',
      'brief',
      'timeline',
      'ask',
      'article',
      'sources',
      'digest',
      'reload',
      'add',
      'help',
      'quit',
    ]);
  });

  it('/sources lists ids that /article opens; /article also finds an article by words of its title', async () => {
    const sources = await reply('/sources');
    const ids = [...sources.matchAll(/\[([^\]]+)\]$/gm)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const article = await reply(`/article ${id}`);
      expect(article).toContain(`[${id}]`);
      expect(article).toContain('People:');
    }
    expect(await reply('/article id:000_ee9d258b94439a1e')).toContain('People: Abdolreza Rahmani Fazli');
    expect(await reply('/article Interior Minister warned')).toContain('[000_ee9d258b94439a1e]');
    expect(await reply('/article Iran')).toContain('Open one with /article <id>.');
    expect(await reply('/article zeppelin')).toContain('No article has the id or a title with "zeppelin"');
  });

  it('a misspelt name gets the names it may mean, as in Discord, not only a /search of the misspelling', async () => {
    const text = await reply('/who Shamkani');
    expect(text).toContain('People with similar names:\n  Ali Shamkhani');
    expect(await reply('/quote Rohani')).toContain('Speakers with similar names:\n  Hassan Rouhani');
  });

  it('/quote typed on one line falls back from the topic to the speaker, with the note Discord gives', async () => {
    const text = await reply('/quote Rouhani about the nuclear deal');
    expect(text.split('\n')[0]).toBe('(None of these quotations mentions that topic; here is everything found.)');
    expect(text).toContain('Hassan Rouhani');
    const explicit = await reply('/quote speaker:Shamkhani topic:Hezbollah');
    expect(explicit).not.toContain('None of these quotations');
    expect(explicit).toContain('Hezbollah');
  });

  it('/reload re-reads the corpus and reports what changed', async () => {
    expect(await reply('/reload')).toContain('Corpus reloaded: 5 articles indexed in ');
  });

  it('/digest show reads the settings servers saved; /digest now prints a digest here', async () => {
    const storePath = path.join(work, 'digest-store.json');
    const store = openDigestStore({ path: storePath, logger: recordingLogger() });
    const now = new Date('2024-06-03T05:00:00Z');
    const saved = await saveDigestSettings(
      store,
      '123456789012345678',
      { channelId: '223456789012345678', time: '07:30', timeZone: 'Europe/Paris', whenEmpty: 'skip' },
      now,
    );
    expect(saved.ok).toBe(true);
    const show = await reply('/digest show', { digestStorePath: storePath });
    expect(show).toContain('Server 123456789012345678:');
    expect(show).toContain('posts to channel 223456789012345678 every day at 07:30 (Europe/Paris)');
    expect(await reply('/digest show')).toContain('No server has set up the daily digest yet');
    expect(await reply('/digest now 2020-11-01')).toContain('Daily digest: 1 new story since 2020-11-01');
    expect(await reply('/digest set')).toContain('use it in Discord');
  });

  it('Tab completes command names, digest subcommands, names and article ids', async () => {
    expect(await completeLine(service, '/wh')).toEqual([['/who ', '/when '], '/wh']);
    expect(await completeLine(service, '/digest s')).toEqual([['set ', 'show '], 's']);
    expect(await completeLine(service, '/who sham')).toEqual([['Ali Shamkhani'], 'sham']);
    expect(await completeLine(service, '/quote speaker:Rouh')).toEqual([['Hassan Rouhani'], 'Rouh']);
    expect(await completeLine(service, '/article 000_ee')).toEqual([['000_ee9d258b94439a1e'], '000_ee']);
    // Through readline itself: Tab puts the name in place of what was typed.
    const text = await converse(['/who sham\t'], { tty: true });
    expect(text).toContain('Roles: secretary of Iran’s Supreme National Security Council');
  });

  it('takes a line without a leading slash as /ask, and says which command answered', async () => {
    const asked = await reply('what did Shamkhani say about Hezbollah');
    expect(asked).toMatch(/^\(Asked as \/quote speaker:Shamkhani topic:Hezbollah\)\n1\. “/);
    expect(asked).toContain('Ali Shamkhani');
    expect(await reply('when did Daesh lose Al-Bukamal')).toContain(
      '(Asked as /when Daesh lose Al-Bukamal)\n1. 2017-11-19',
    );
    expect(await reply('Al-Bukamal')).toContain('(Asked as /search Al-Bukamal)');
    // A command name alone is still the command.
    expect(await reply('sources')).not.toContain('Asked as');
  });

  it('/brief prints the Markdown brief; /timeline lists the events in the order asked', async () => {
    const brief = await reply('/brief Al-Bukamal');
    expect(brief).toMatch(/^# Brief: Al-Bukamal\n/);
    for (const section of ["## Who's who", '## Timeline', '## What was said', '## Sources', '[^1]: '])
      expect(brief).toContain(section);
    const newest = await reply('/timeline Al-Bukamal order:newest');
    expect(newest).toMatch(/^Timeline: Al-Bukamal \(newest first, 2 dated, 0 undated\)\n1\. 2017-11-19/);
    expect(await reply('/brief Al-Bukamal since:yesterday')).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
