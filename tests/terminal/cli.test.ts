import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts'];

function runCli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('node', [...TSX, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: 'corpus' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli', () => {
  it('a corpus folder that does not exist: one line naming the setting, exit 2, no stack trace', () => {
    const run = runCli(['ask', 'who', 'Shamkhani', '--corpus', 'no-such-folder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `briefbot: --corpus: the folder "no-such-folder" (${path.resolve('no-such-folder')}) does not exist\n`,
    );
    const fromEnvironment = spawnSync('node', [...TSX, 'stats'], {
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: 'package.json' },
    });
    expect(fromEnvironment.status).toBe(2);
    expect(fromEnvironment.stderr).toBe(
      'briefbot: CORPUS_DIR: "package.json" (' +
        path.resolve('package.json') +
        ') is a file, not a folder of articles\n',
    );
  });

  it('reads its settings as the bot does: the snapshot in CACHE_DIR, the Discord keys ignored', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-cli-cache-'));
    try {
      const ask = (): ReturnType<typeof spawnSync> =>
        spawnSync('node', [...TSX, 'ask', 'who', 'Shamkhani', '--json'], {
          encoding: 'utf8',
          env: { ...process.env, CORPUS_DIR: 'corpus', CACHE_DIR: cacheDir, DISCORD_TOKEN: 'not a token' },
        });
      const cold = ask();
      expect(cold.status).toBe(0);
      expect(readdirSync(cacheDir).filter((name) => /^snapshot-.*\.v8$/.test(name))).toHaveLength(1);
      const warm = ask();
      expect(warm.stdout).toBe(cold.stdout);
      expect(JSON.parse(String(warm.stdout)).answers[0].person).toBe('Ali Shamkhani');
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('brief writes the Markdown brief to --out, or prints it; nothing to brief exits 1', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'briefbot-cli-brief-')), 'brief.md');
    try {
      const run = runCli(['brief', 'Al-Bukamal', '--out', out]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`brief on Al-Bukamal written to ${out}\n`);
      const markdown = readFileSync(out, 'utf8');
      expect(markdown).toMatch(/^# Brief: Al-Bukamal\n/);
      expect(markdown).toContain('**2017-11-19** (“on November 19”)');
      const none = runCli(['brief', 'zeppelin airship']);
      expect(none.status).toBe(1);
      expect(none.stdout).toBe('Nothing in the corpus names or matches "zeppelin airship".\n');
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('a single question with no answer gets the similar names, as at the prompt and in Discord', () => {
    const run = runCli(['ask', 'who', 'Shamkani']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('People with similar names:\n  Ali Shamkhani');
    expect(run.stdout).toContain('Try /search Shamkani to look for the words anywhere.');
  });

  it('answers a batch: one answer object a line on stdout, in order, nothing else', () => {
    const questions = [
      { command: 'search', query: 'Al-Bukamal' },
      { command: 'who', query: 'Shamkhani' },
      { command: 'search', query: 'zeppelin airship' },
      { command: 'nonsense', query: 'x' },
    ];
    const run = runCli(['ask', '--batch', '--json'], questions.map((question) => JSON.stringify(question)).join('\n'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const answers = lines.map((line) => JSON.parse(line));
    expect(answers.map((answer) => [answer.command, answer.query])).toEqual(
      questions.map((question) => [question.command, question.query]),
    );
    const search = answers[0];
    expect(search.answers[0].citations[0]).toEqual({
      article: '000_ee9d258b94439a1e',
      title: 'Iran’s Interior Minister warned of terrorist groups recruitment',
      source: 'Silkroadnews',
      published: '2017-12-14',
      url: null,
      passage: expect.stringContaining('Al-Bukamal'),
    });
    expect(search.answers[0].text).toBe(search.answers[0].citations[0].passage);
    expect(answers[2].answers).toEqual([]);
    expect(answers[3].error).toMatch(/Unknown command/);
  });

  it('prints stats as one JSON object', () => {
    const run = runCli(['stats', '--json']);
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats).toMatchObject({ articles: 5, dated: 2, skipped: [] });
    expect(stats.passages).toBeGreaterThan(40);
  });

  it('formats a single answer for a person, with its citation', () => {
    const run = runCli(['ask', 'search', 'Al-Bukamal']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Al-Bukamal');
    expect(run.stdout).toContain(
      'Iran’s Interior Minister warned of terrorist groups recruitment (Silkroadnews, 2017-12-14) [000_ee9d258b94439a1e]',
    );
  });

  it('explains its usage for a missing command', () => {
    const run = runCli(['ask']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});
