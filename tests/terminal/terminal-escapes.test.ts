import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { runInteractivePrompt } from '../../src/terminal/interactive-prompt.js';

const ESC = '\u001b';
// Terminal control: ESC sequences, C1 controls (CSI U+009B, OSC U+009D ...), and C0 controls
// other than newline and tab.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let corpusDir: string;
beforeAll(() => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'briefbot-escapes-'));
  writeFileSync(
    path.join(corpusDir, 'hostile.txt'),
    `---\ntitle: Port ${ESC}]8;;https://evil.example/login${ESC}\\chief${ESC}]8;;${ESC}\\ named${ESC}[2J\ndate: 2024-03-07\nsource: Wire${ESC}]0;pwned\u0007\n---\n\n` +
      `The port authority named Anna de Vries${ESC}[31m, a former deputy mayor, as its chief executive on Thursday\u009b2J, the board said.\n\n` +
      `"We will keep the harbour open${ESC}[8m through the winter," de Vries told reporters.\n`,
  );
  writeFileSync(path.join(corpusDir, 'broken.json'), `${ESC}[2J${ESC}]0;title\u0007`);
});
afterAll(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(`${corpusDir}-cache`, { recursive: true, force: true });
});

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  // The CLI keeps its snapshot beside this corpus, not in the checkout's .cache.
  const run = spawnSync('node', ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', ...args, '--corpus', corpusDir], {
    encoding: 'utf8',
    env: { ...process.env, CACHE_DIR: `${corpusDir}-cache` },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('terminal output never carries control sequences from the corpus', () => {
  it.each([
    ['a search answer', ['ask', 'search', 'port authority']],
    ['a who answer', ['ask', 'who', 'Anna de Vries']],
    ['a quotation', ['ask', 'quote', 'de Vries']],
    ['the stats with a skip reason quoting the file', ['stats']],
    ['JSON answers', ['ask', 'search', 'port authority', '--json']],
    ['JSON stats', ['stats', '--json']],
    ['the digest', ['digest', '--since', 'all']],
  ])(
    '%s',
    (_, args) => {
      const run = runCli(args);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(20);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(/\u001b\]|\u009b|\u009d/);
    },
    30_000,
  );

  it('keeps the words around a stripped sequence', () => {
    const run = runCli(['ask', 'search', 'port authority']);
    expect(run.stdout).toContain('Anna de Vries, a former deputy mayor');
    expect(run.stdout).toContain('Port chief named');
  }, 30_000);

  it('the interactive prompt answers and lists sources without them', async () => {
    const service = await createBriefingService({ corpusDir, workers: 0 });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runInteractivePrompt(service, { input, output });
    for (const line of [
      '/sources',
      '/search port authority',
      '/who Anna de Vries',
      '/quote de Vries',
      `/who ${ESC}[2J`,
    ])
      input.write(`${line}\n`);
    input.end();
    await done;
    expect(text).toContain('Port chief named');
    expect(text).toContain('broken.json');
    expect(text).not.toMatch(CONTROL);
  });
});
