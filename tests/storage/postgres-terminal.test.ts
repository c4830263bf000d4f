import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { indexCorpus } from '../../src/storage/postgres/index-corpus.js';
import { migrate } from '../../src/storage/postgres/migrate.js';
import { saveDigestSettings } from '../../src/digest/digest-settings.js';
import { NO_CORPUS_YET, NOT_MIGRATED } from '../../src/storage/postgres/open-database-service.js';
import { PostgresDigestRecords } from '../../src/storage/postgres/postgres-digest-records.js';
import { REINDEX_ELSEWHERE } from '../../src/storage/postgres/postgres-briefing-service.js';
import { runInteractivePrompt } from '../../src/terminal/interactive-prompt.js';
import { startMain } from '../support/main-process.js';
import { createTestSchema, isDatabaseReachable, testDatabaseUrl } from '../support/postgres-schema.js';

const reachable = await isDatabaseReachable();
if (!reachable)
  console.warn('PostgreSQL is not reachable at TEST_DATABASE_URL: the terminal database tests are skipped');

/** DATABASE_URL for a schema of the test's own. */
function urlOf(schema: string): string {
  const separator = testDatabaseUrl.includes('?') ? '&' : '?';
  return `${testDatabaseUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

describe.skipIf(!reachable)('the terminal with DATABASE_URL', { timeout: 120_000 }, () => {
  const schemas: Array<Awaited<ReturnType<typeof createTestSchema>>> = [];
  let memory: MemoryBriefingService;
  let work: string;

  async function schemaOf(state: 'bare' | 'migrated' | 'indexed'): Promise<string> {
    const schema = await createTestSchema();
    schemas.push(schema);
    if (state === 'bare') return schema.name;
    const pool = schema.pool();
    await migrate(pool);
    if (state === 'indexed') {
      const knowledge = memory.knowledge();
      await indexCorpus(pool, [...knowledge.articles.values()], { knowledge, skipped: memory.overview().skipped });
    }
    return schema.name;
  }

  /**
   * `npm start` without a Discord token, the lines typed at its prompt: what it printed and its
   * exit code. Its corpus folder does not exist, so a build would find no article.
   */
  async function terminal(schema: string, lines: readonly string[]) {
    const running = startMain({
      DATABASE_URL: urlOf(schema),
      CORPUS_DIR: path.join(work, 'empty-corpus'),
      CACHE_DIR: path.join(work, 'cache'),
      LOG_LEVEL: 'warn',
    });
    running.child.stdin.end(lines.map((line) => `${line}\n`).join(''));
    const code = await running.exited;
    return { code, stdout: running.stdout(), stderr: running.stderr() };
  }

  /** `npm run cli -- ARGS` on the database, its corpus folder empty. */
  function cli(schema: string, args: readonly string[]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_URL: urlOf(schema),
        CORPUS_DIR: path.join(work, 'empty-corpus'),
        CACHE_DIR: path.join(work, 'cache'),
      },
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  /** The same lines at the in-memory engine's prompt over the same corpus. */
  async function inMemory(lines: readonly string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runInteractivePrompt(memory, { input, output });
    input.end(lines.map((line) => `${line}\n`).join(''));
    await done;
    return text;
  }

  beforeAll(async () => {
    memory = await createBriefingService({ corpusDir: 'corpus', workers: 0 });
    work = mkdtempSync(path.join(tmpdir(), 'briefbot-pg-terminal-'));
    mkdirSync(path.join(work, 'empty-corpus'));
  });

  afterAll(async () => {
    for (const schema of schemas) await schema.drop();
    await memory?.close?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('answers every command from the database, as the in-memory prompt does, and builds nothing', async () => {
    const schema = await schemaOf('indexed');
    const [person] = memory.knowledge().people.persons.map((record) => record.name);
    const [article] = memory.listArticles();
    const lines = [
      `/who ${person}`,
      `/quote ${person}`,
      `/when ${article!.title}`,
      `/brief ${person}`,
      `/timeline ${person}`,
      `/article ${article!.id}`,
      '/sources',
      '/digest now all',
    ];
    const served = await terminal(schema, lines);
    expect(served.code).toBe(0);
    expect(served.stderr).toContain(`Serving ${memory.overview().articles} articles from the database`);
    // The build's progress and its empty-folder warning never show: nothing was built.
    expect(served.stderr).not.toMatch(/empty-corpus|extract|index(ing|ed)/i);
    // The digest's heading carries the hour it was made: the rest is compared.
    const withoutHour = (text: string) => text.replace(/generated [^\n]*/gi, 'generated');
    expect(withoutHour(served.stdout)).toEqual(withoutHour(await inMemory(lines)));
    expect(served.stdout).toContain(person);
    expect(served.stdout).toContain('Daily digest');
  });

  it('npm run cli answers, briefs and digests from the database as the in-memory engine does', async () => {
    const schema = await schemaOf('indexed');
    const [person] = memory.knowledge().people.persons.map((record) => record.name);
    const asked = cli(schema, ['ask', 'who', person!, '--json']);
    expect(asked).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(asked.stdout)).toEqual(await memory.ask('who', person!));
    const brief = cli(schema, ['brief', person!, '--json']);
    expect(brief.code).toBe(0);
    expect(JSON.parse(brief.stdout)).toEqual(JSON.parse(JSON.stringify(memory.brief({ subject: person! }))));
    const digest = cli(schema, ['digest', '--since', 'all']);
    expect(digest.code).toBe(0);
    expect(digest.stdout).toContain('Daily digest');
    expect(cli(schema, ['add', 'https://example.com/news/ardenco'])).toMatchObject({ code: 1 });
    expect(cli(await schemaOf('migrated'), ['ask', 'who', 'Karim Nasser']).stderr).toContain(NO_CORPUS_YET);
  });

  it('says /reload and /add are the indexer’s, and leaves the corpus as it was', async () => {
    const schema = await schemaOf('indexed');
    const served = await terminal(schema, ['/reload', '/add https://example.com/news/ardenco', '/sources']);
    expect(served.code).toBe(0);
    expect(served.stdout.split(REINDEX_ELSEWHERE)).toHaveLength(3);
    expect(served.stdout).toContain(`${memory.overview().articles}`);
  });

  it('says to run the indexer when the database holds no corpus yet, and answers nothing meanwhile', async () => {
    const served = await terminal(await schemaOf('migrated'), ['/who Karim Nasser', '/sources']);
    expect(served.code).toBe(0);
    expect(served.stderr).toContain(NO_CORPUS_YET);
    expect(served.stdout).toContain('No answer in the corpus for /who "Karim Nasser"');
    expect(served.stdout).toContain('0 articles, 0 passages');
  });

  it('/digest show lists the settings the servers saved in the database, not a file', async () => {
    const schema = await schemaOf('migrated');
    const none = await terminal(schema, ['/digest show']);
    expect(none.stdout).toContain('No server has set up the daily digest yet (records in the database).');
    const records = new PostgresDigestRecords(schemas.at(-1)!.pool());
    const settings = {
      channelId: '223456789012345678',
      time: '07:30',
      timeZone: 'Europe/Paris',
      whenEmpty: 'skip' as const,
    };
    expect(await saveDigestSettings(records, '123456789012345678', settings, new Date())).toMatchObject({ ok: true });
    const show = await terminal(schema, ['/digest show']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Server 123456789012345678:');
    expect(show.stdout).toContain('posts to channel 223456789012345678 every day at 07:30 (Europe/Paris)');
  });

  it('says to run the indexer, and stops, when the database has no briefbot tables', async () => {
    const served = await terminal(await schemaOf('bare'), ['/who Omar Haddad']);
    expect(served.code).toBe(1);
    expect(served.stderr).toContain(NOT_MIGRATED);
    expect(served.stdout).toBe('');
  });
});
