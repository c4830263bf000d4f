import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandConfig, ConfigError, databaseSecrets, loadConfig } from '../../src/config.js';
import { captureLogs } from '../support/log-capture.js';

const token = 'MTA5ODc2NTQzMjEwOTg3NjU0.GxYz12.abcdefghijklmnopqrstuvwxyz012345';

describe('loadConfig', () => {
  it('without a token runs the terminal mode with defaults, ignoring half-filled Discord keys', () => {
    expect(loadConfig({ DISCORD_GUILD_ID: 'not-an-id', DISCORD_API_BASE: '' })).toEqual({
      discord: null,
      corpusDir: 'corpus',
      corpusExtraRoots: [],
      cacheDir: '.cache',
      corpusWatch: false,
      extractionBudgetMs: 20_000,
      adminRoleIds: [],
      logLevel: 'info',
      fetch: { allowPrivateAddresses: false, timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 },
      digestStorePath: path.resolve('data', 'digest-store.json'),
    });
  });

  it('reads DATABASE_URL when set, and names a bad one without echoing it', () => {
    const url = 'postgres://briefbot:s3cret-pass@db.internal:5432/briefbot';
    expect(loadConfig({ DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeUndefined();
    let problems: string[] = [];
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:hunter2-pass@db/x' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL: /);
    expect(problems[0]).not.toContain('hunter2');
  });

  it('reads SHARDS, refuses a bad count, and ignores it inside a shard (where the manager sets it to the id)', () => {
    expect(loadConfig({ SHARDS: '3' }).shards).toBe(3);
    expect(loadConfig({ SHARDS: '1' }).shards).toBeUndefined();
    expect(loadConfig({ SHARDS: '0', SHARDING_MANAGER: 'true' }).shards).toBeUndefined();
    for (const bad of ['0', 'two', '1.5', '65']) {
      expect(() => loadConfig({ SHARDS: bad })).toThrow(/SHARDS: /);
    }
  });

  it('masks DATABASE_URL and its password in every log line', () => {
    const url = 'postgres://briefbot:s3cret-pass@db.internal:5432/briefbot';
    const logs = captureLogs({ secrets: databaseSecrets(url) });
    logs.logger.info({ config: { databaseUrl: url } }, 'settings read');
    logs.logger.error({ err: new Error('password authentication failed: s3cret-pass') }, 'database failed');
    const text = logs.raw.join('\n');
    expect(text).not.toContain('s3cret-pass');
    expect(text).toContain('[REDACTED]');
  });

  it('places the digest store: DIGEST_STORE_PATH, else DATA_DIR/digest-store.json', () => {
    expect(loadConfig({ DATA_DIR: ' /srv/briefbot ' }).digestStorePath).toBe('/srv/briefbot/digest-store.json');
    expect(loadConfig({ DATA_DIR: '/srv/briefbot', DIGEST_STORE_PATH: 'state/digest.json' }).digestStorePath).toBe(
      path.resolve('state/digest.json'),
    );
    expect(loadConfig({ DIGEST_STORE_PATH: '  ' }).digestStorePath).toBe(path.resolve('data', 'digest-store.json'));
  });

  it('for the CLI ignores the Discord keys, token included, and names a bad --corpus as such', () => {
    const config = loadConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: 'bad' }, { purpose: 'cli' });
    expect(config.discord).toBeNull();
    expect(loadConfig({ CORPUS_DIR: '/nonexistent' }, { purpose: 'cli', corpusFlag: 'corpus' }).corpusDir).toBe(
      'corpus',
    );
    expect(() => loadConfig({}, { purpose: 'cli', corpusFlag: '/nonexistent/articles' })).toThrow(
      /--corpus: the folder "\/nonexistent\/articles" does not exist/,
    );
  });

  it('gives commands the settings without the token', () => {
    const settings = commandConfig(loadConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678' }));
    expect(settings).not.toHaveProperty('discord');
    expect(JSON.stringify(settings)).not.toContain(token);
    expect(settings.corpusDir).toBe('corpus');
  });

  it('reads the fetch settings for /add, and names bad ones', () => {
    const config = loadConfig({
      FETCH_ALLOW_PRIVATE_ADDRESSES: 'yes',
      FETCH_TIMEOUT_SECONDS: '2.5',
      FETCH_MAX_MB: '1',
    });
    expect(config.fetch).toEqual({
      allowPrivateAddresses: true,
      timeoutMs: 2500,
      maxBytes: 1024 * 1024,
      maxRedirects: 5,
    });
    expect(() => loadConfig({ FETCH_TIMEOUT_SECONDS: 'soon', FETCH_MAX_MB: '-1' })).toThrow(
      /FETCH_TIMEOUT_SECONDS: .*\n.*FETCH_MAX_MB: must be above 0/,
    );
  });

  it('with a token reads every Discord key, trimming and splitting the role list', () => {
    const config = loadConfig({
      DISCORD_TOKEN: ` ${token} `,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
      CORPUS_DIR: path.resolve('corpus'),
      CORPUS_EXTRA_ROOTS: ' /srv/wire :/srv/archive, 2019:',
      CACHE_DIR: ' /var/cache/briefbot ',
      CORPUS_WATCH: 'true',
      EXTRACTION_BUDGET_SECONDS: '2.5',
      ADMIN_ROLE_IDS: '223456789012345678, 323456789012345678,',
      LOG_LEVEL: 'debug',
    });
    expect(config).toEqual({
      discord: { token, clientId: '123456789012345678', guildId: null, apiBase: 'http://127.0.0.1:9999/api' },
      corpusDir: path.resolve('corpus'),
      corpusExtraRoots: ['/srv/wire', '/srv/archive, 2019'],
      cacheDir: '/var/cache/briefbot',
      corpusWatch: true,
      extractionBudgetMs: 2500,
      adminRoleIds: ['223456789012345678', '323456789012345678'],
      logLevel: 'debug',
      fetch: { allowPrivateAddresses: false, timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 },
      digestStorePath: path.resolve('data', 'digest-store.json'),
    });
    expect(loadConfig({ DISCORD_TOKEN: token }).discord?.apiBase).toBe('https://discord.com/api');
  });

  it('names every bad key in one error, without echoing the values', () => {
    let error: unknown;
    try {
      loadConfig({
        DISCORD_TOKEN: token,
        DISCORD_CLIENT_ID: '12ab',
        DISCORD_API_BASE: 'ftp://discord.com',
        ADMIN_ROLE_IDS: '123456789012345678,editors',
        LOG_LEVEL: 'loud',
        CORPUS_WATCH: 'sometimes',
        EXTRACTION_BUDGET_SECONDS: 'forever',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((problem) => problem.split(':')[0]);
    expect(problems.sort()).toEqual([
      'ADMIN_ROLE_IDS',
      'CORPUS_WATCH',
      'DISCORD_API_BASE',
      'DISCORD_CLIENT_ID',
      'EXTRACTION_BUDGET_SECONDS',
      'LOG_LEVEL',
    ]);
    expect((error as Error).message).not.toContain(token);
    expect((error as Error).message).not.toContain('editors');
  });

  it.each([
    ['1', true],
    ['YES', true],
    ['on', true],
    ['false', false],
    ['0', false],
    ['off', false],
    ['', false],
  ])('CORPUS_WATCH=%j reads as %s', (value, expected) => {
    expect(loadConfig({ CORPUS_WATCH: value }).corpusWatch).toBe(expected);
  });

  function problemsOf(environment: NodeJS.ProcessEnv): string[] {
    try {
      loadConfig(environment);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
    return [];
  }

  it.each([
    ['24 characters without the three parts', 'MTA5ODc2NTQzMjEwOTg3NjU0'],
    ['a space inside', 'MTA5ODc2NTQzMjEwOTg3NjU0.GxYz12 .abcdefghijklmnopqrstuvwxyz'],
    ['"Bot " in front', `Bot ${token}`],
    ['a line break inside', `${token.slice(0, 30)}\n${token.slice(30)}`],
  ])('a token with %s is refused by its shape, never echoed', (_, bad) => {
    const problems = problemsOf({ DISCORD_TOKEN: bad });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DISCORD_TOKEN: /);
    for (const part of bad.split(/[\s.]+/)) if (part.length > 3) expect(problems[0]).not.toContain(part);
  });

  it('CORPUS_DIR that does not exist or is a file, and CACHE_DIR that is a file, are named with the other bad keys', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'briefbot-config-'));
    try {
      const file = path.join(work, 'notes.txt');
      writeFileSync(file, 'not a folder');
      const missing = path.join(work, 'no-such-folder');
      const problems = problemsOf({ CORPUS_DIR: missing, CACHE_DIR: file, LOG_LEVEL: 'loud' });
      expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['CACHE_DIR', 'CORPUS_DIR', 'LOG_LEVEL']);
      expect(problems.find((problem) => problem.startsWith('CORPUS_DIR'))).toBe(
        `CORPUS_DIR: the folder "${missing}" does not exist`,
      );
      expect(problems.find((problem) => problem.startsWith('CACHE_DIR'))).toBe(
        `CACHE_DIR: "${file}" is a file, not a folder`,
      );
      expect(problemsOf({ CORPUS_DIR: file })).toEqual([`CORPUS_DIR: "${file}" is a file, not a folder of articles`]);
      // A missing cache folder is fine: it is created by the first snapshot.
      expect(loadConfig({ CORPUS_DIR: work, CACHE_DIR: missing }).cacheDir).toBe(missing);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('deploying reads no article: a missing corpus folder does not stop it', () => {
    const config = loadConfig(
      { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', CORPUS_DIR: '/nonexistent/articles' },
      { purpose: 'deploy' },
    );
    expect(config.discord?.clientId).toBe('123456789012345678');
  });

  it('deploying requires the token and the client id', () => {
    expect(() => loadConfig({}, { purpose: 'deploy' })).toThrow(
      /DISCORD_TOKEN: required[\s\S]*DISCORD_CLIENT_ID: required/,
    );
  });
});

describe('logger', () => {
  it('never writes the token: redacted fields, and masked inside messages, errors and urls', () => {
    const logs = captureLogs({ secrets: [token] });
    logs.logger.info(
      { token, config: { discord: { token } }, headers: { authorization: `Bot ${token}` } },
      'settings read',
    );
    logs.logger.error(
      { err: new Error(`login failed for ${token}`), url: `https://x/${encodeURIComponent(token)}` },
      'login failed',
    );
    const text = logs.raw.join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain(encodeURIComponent(token));
    expect(text).toContain('[REDACTED]');
    expect(logs.lines().map((line) => line.msg)).toEqual(['settings read', 'login failed']);
  });

  it('masks interaction tokens in REST urls (they let anyone answer as the bot for 15 minutes)', () => {
    const logs = captureLogs();
    const interactionToken = 'aW50ZXJhY3Rpb246A8v75AS8bptTgAFZBEgyC0bmuHpStFU9wLt_2T7r79ORdf-qgkvaADri';
    logs.logger.error(
      {
        err: {
          url: `https://discord.com/api/v10/interactions/1574193588550500379/${interactionToken}/callback?with_response=false`,
        },
        edit: `https://discord.com/api/v10/webhooks/1574193385705570307/${interactionToken}/messages/@original`,
      },
      'interaction failed',
    );
    const text = logs.raw.join('\n');
    expect(text).not.toContain(interactionToken);
    expect(text).toContain('/interactions/1574193588550500379/[REDACTED]/callback');
    expect(text).toContain('/webhooks/1574193385705570307/[REDACTED]/messages/@original');
  });
});
