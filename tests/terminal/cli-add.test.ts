import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageServer } from '../support/page-server.js';
import { storyPage } from '../support/story-pages.js';

let server: PageServer;
let work: string;
let corpusDir: string;

/** The CLI in its own process, without blocking this one: the page server answers from here. */
function runCli(
  args: string[],
  environment: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', ...args], {
      env: {
        ...process.env,
        CORPUS_DIR: corpusDir,
        CACHE_DIR: path.join(work, 'cache'),
        FETCH_ALLOW_PRIVATE_ADDRESSES: '',
        ...environment,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  server = await new PageServer().start();
  server.page('/story', storyPage({ title: 'Dockers end port strike after pay deal' }));
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-cli-add-'));
  corpusDir = path.join(work, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
});
afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run cli -- add', () => {
  it('adds a page from a link, says so the second time, and refuses loopback without the test setting', async () => {
    const url = `${server.base}/story`;
    const strict = await runCli(['add', url]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('not added: refused: 127.0.0.1 is a private, loopback or reserved address');

    const first = await runCli(['add', url], { FETCH_ALLOW_PRIVATE_ADDRESSES: 'true' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('added: Dockers end port strike after pay deal');
    expect(first.stdout).toContain('published:  2024-05-02');
    expect(first.stdout).toContain('Maria Okafor');
    expect(existsSync(path.join(corpusDir, 'added/127-0-0-1/dockers-end-port-strike-after-pay-deal.html'))).toBe(true);

    const again = await runCli(['add', url, '--json'], { FETCH_ALLOW_PRIVATE_ADDRESSES: 'true' });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ kind: 'duplicate', by: 'link' });
  });

  it('adds a local file', async () => {
    const file = path.join(work, 'ferry.txt');
    writeFileSync(
      file,
      '---\ntitle: Ferry timetable changes\ndate: 2024-04-28\n---\n\nThe ferry company said on Sunday that summer sailings would start two weeks early.\n',
    );
    const run = await runCli(['add', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('id:         added/files/ferry-timetable-changes');
  });
});
