import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { replyEmbeds, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import type { Json } from '../support/fake-discord/json.js';
import { createUser, permissions } from '../support/fake-discord/payloads.js';

const lure = '[Click to verify your account](https://evil.example/login)';

/**
 * The targets of the masked links Discord would render in `text`: `[label](url)` outside code
 * spans, with neither bracket escaped by a backslash.
 */
function liveLinkTargets(text: string): string[] {
  const inert = text.replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ').replace(/\\[^\sA-Za-z0-9]/g, '\u0000');
  return [...inert.matchAll(/\[[^\]\u0000]*\]\(\s*<?(https?:\/\/[^\s)>]+)/g)].map((match) => match[1]!);
}

/**
 * The reply's text where Discord renders markdown: content, embed descriptions, field names and
 * values (not titles, footers or author names).
 */
function markdownText(record: InteractionRecord): string {
  const parts = [String(record.original?.content ?? '')];
  for (const embed of replyEmbeds(record)) {
    parts.push(String(embed.description ?? ''));
    for (const field of (embed.fields ?? []) as Json[]) parts.push(String(field.name ?? ''), String(field.value ?? ''));
  }
  return parts.join('\n');
}

let corpusDir: string;
let service: BriefingService;
beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'briefbot-links-'));
  await writeFile(
    path.join(corpusDir, 'lure.txt'),
    `---\ntitle: Port ${lure} reopens\ndate: 2024-03-07\nsource: "[Wire](https://evil.example/source)"\nurl: https://news.example/lure\n---\n\n` +
      `Harbour master [Kees Jansen](https://evil.example/kees), the port's chief, said on Thursday the port of Rotterdam [reopened](https://evil.example/open) after the strike.\n\n` +
      `"[Ships are moving](https://evil.example/quote) again," Kees Jansen told reporters on Friday.\n`,
  );
  service = await createBriefingService({ corpusDir, workers: 0 });
});
afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
});

describe('replies carry no link nobody wrote', () => {
  let harness: Harness;
  afterEach(async () => {
    expect(harness.fake.rejections).toEqual([]);
    await harness.stop();
  });

  const editor = createUser('editor', { permissions: permissions.manageGuild });
  it.each<[string, string, Record<string, string>, boolean?]>([
    ['a question echoed in a no-answer reply', 'who', { name: lure }],
    ['a search question echoed', 'search', { query: lure }],
    ['a /who answer: roles, passage and citation', 'who', { name: 'Kees Jansen' }],
    ['a /when answer: event, passage and citation', 'when', { event: 'port of Rotterdam reopened' }],
    ['a /quote answer', 'quote', { speaker: 'Kees Jansen' }],
    ['a /search answer', 'search', { query: 'Rotterdam reopened strike' }],
    ['/article: title, first paragraph, source', 'article', { id: 'lure' }],
    ['/article refusing an id', 'article', { id: lure.slice(0, 100) }],
    ['/sources: the newest titles and sources', 'sources', {}],
  ])('%s', async (_, command, options, asAdmin) => {
    harness = await startHarness({ service });
    const record = await harness.ask(command, options, asAdmin ? editor : undefined);
    const text = markdownText(record);
    expect(text.length).toBeGreaterThan(10);
    expect(liveLinkTargets(text).filter((target) => target.includes('evil.example'))).toEqual([]);
    if (command === 'article' && options.id === 'lure') expect(liveLinkTargets(text)).toEqual([]);
  });

  it('/reload: the report, with a skip reason quoting a broken file', async () => {
    await writeFile(path.join(corpusDir, 'broken.json'), '[Click to verify](https://evil.example/json)');
    harness = await startHarness({ service });
    const record = await harness.ask('reload', {}, editor);
    const text = markdownText(record);
    expect(text).toContain('broken.json');
    // The parser's message quotes the file's start; its bracket is shown, not obeyed.
    expect(text).toContain('"\\[Click to v');
    expect(liveLinkTargets(text)).toEqual([]);
    await rm(path.join(corpusDir, 'broken.json'));
  });

  it('the detector sees a live link (the test can fail)', () => {
    expect(liveLinkTargets(`a ${lure} b`)).toEqual(['https://evil.example/login']);
    expect(liveLinkTargets(`a \\[x\\](https://evil.example/login) \`${lure}\``)).toEqual([]);
  });
});
