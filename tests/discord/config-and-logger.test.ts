import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
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
    });
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
      CORPUS_DIR: '/data/news',
      CORPUS_EXTRA_ROOTS: ' /srv/wire :/srv/archive, 2019:',
      CACHE_DIR: ' /var/cache/briefbot ',
      CORPUS_WATCH: 'true',
      EXTRACTION_BUDGET_SECONDS: '2.5',
      ADMIN_ROLE_IDS: '223456789012345678, 323456789012345678,',
      LOG_LEVEL: 'debug',
    });
    expect(config).toEqual({
      discord: { token, clientId: '123456789012345678', guildId: null, apiBase: 'http://127.0.0.1:9999/api' },
      corpusDir: '/data/news',
      corpusExtraRoots: ['/srv/wire', '/srv/archive, 2019'],
      cacheDir: '/var/cache/briefbot',
      corpusWatch: true,
      extractionBudgetMs: 2500,
      adminRoleIds: ['223456789012345678', '323456789012345678'],
      logLevel: 'debug',
      fetch: { allowPrivateAddresses: false, timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 },
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
