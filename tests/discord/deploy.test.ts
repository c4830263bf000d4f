import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { commandPayloads, registerCommands } from '../../src/discord/register-commands.js';
import { explainRegistrationFailure } from '../../src/discord/registration-failure.js';
import { createSnowflake } from '../support/fake-discord/snowflake.js';
import { sharedCommands } from '../support/bot-harness.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import type { Json } from '../support/fake-discord/json.js';

function runDeploy(
  environment: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command registration', () => {
  let fake: FakeDiscord;
  afterEach(async () => {
    await fake?.stop();
  });

  it('payloads: every command valid for Discord, /reload limited to Manage Server and guilds, questions with a private option', async () => {
    const payloads = commandPayloads(await sharedCommands()) as unknown as Json[];
    const byName = Object.fromEntries(payloads.map((payload) => [payload.name, payload]));
    expect(Object.keys(byName).sort()).toEqual(
      expect.arrayContaining([
        'article',
        'ask',
        'brief',
        'help',
        'quote',
        'reload',
        'search',
        'sources',
        'timeline',
        'when',
        'who',
      ]),
    );
    expect(byName.reload!.default_member_permissions).toBe('32');
    expect(byName.reload!.contexts).toEqual([0]);
    for (const name of ['who', 'when', 'quote', 'search', 'help', 'sources'])
      expect(byName[name]!.default_member_permissions).toBeUndefined();
    for (const name of ['who', 'when', 'quote', 'search', 'article', 'brief', 'timeline', 'ask']) {
      const options = byName[name]!.options as Json[];
      expect(options.find((option) => option.name === 'private')).toMatchObject({ type: 5 });
      expect(options[0]).toMatchObject({ type: 3, required: true });
    }
    const autocompleted = payloads.flatMap((payload) =>
      ((payload.options ?? []) as Json[])
        .filter((option) => option.autocomplete)
        .map((option) => `${payload.name}.${option.name}`),
    );
    expect(autocompleted.sort()).toEqual([
      'article.id',
      'brief.subject',
      'quote.speaker',
      'timeline.subject',
      'who.name',
    ]);
    // /timeline's order is a menu of two choices.
    const order = ((byName.timeline!.options ?? []) as Json[]).find((option) => option.name === 'order');
    expect(order?.choices).toEqual([
      { name: 'oldest', value: 'oldest' },
      { name: 'newest', value: 'newest' },
    ]);
  });

  it('registers globally without a guild id (through the fake, which checks Discord limits)', async () => {
    fake = await new FakeDiscord().start();
    const registration = await registerCommands({
      token: fake.token,
      apiBase: fake.apiBase,
      clientId: fake.world.applicationId,
      guildId: null,
      commands: await sharedCommands(),
    });
    expect(registration.scope).toBe('global');
    expect(fake.registrations).toHaveLength(1);
    expect(fake.registrations[0]!.path).toBe(`/applications/${fake.world.applicationId}/commands`);
    expect(fake.rejections).toEqual([]);
  });

  it('npm run deploy registers to DISCORD_GUILD_ID with the bot token, and names every missing key when unset', async () => {
    fake = await new FakeDiscord().start();
    const result = await runDeploy({
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.world.applicationId,
      DISCORD_GUILD_ID: fake.world.guildId,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(result.code).toBe(0);
    expect(fake.registrations.map((registration) => [registration.scope, registration.path])).toEqual([
      ['guild', `/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`],
    ]);
    expect(fake.registrations[0]!.body.map((command) => command.name)).toContain('reload');
    expect(fake.requests.find((request) => request.method === 'PUT')?.authorization).toBe(`Bot ${fake.token}`);
    expect(result.stdout).toContain('commands registered');
    expect(result.stdout + result.stderr).not.toContain(fake.token);

    const missing = await runDeploy({ DISCORD_API_BASE: 'not a url', DISCORD_TOKEN: '' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DISCORD_TOKEN: required to register commands');
    expect(missing.stderr).toContain('DISCORD_CLIENT_ID: required to register commands');
    expect(missing.stderr).toContain('DISCORD_API_BASE: must be an http(s) URL');
  });

  describe('npm run deploy failures: one line saying which setting is wrong', () => {
    async function deployWith(overrides: Record<string, string>): Promise<string> {
      fake = await new FakeDiscord().start();
      const environment = {
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.world.applicationId,
        DISCORD_GUILD_ID: fake.world.guildId,
        DISCORD_API_BASE: fake.apiBase,
        ...overrides,
      };
      const result = await runDeploy(environment);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines, result.stderr).toHaveLength(1);
      expect(lines[0]!.length).toBeLessThan(400);
      expect(result.stderr).not.toContain(environment.DISCORD_TOKEN);
      expect(fake.registrations).toEqual([]);
      return lines[0]!;
    }

    it('a token Discord rejects (401)', async () => {
      const line = await deployWith({
        DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAw.Gabcde.not-the-token-of-this-bot-at-all',
      });
      expect(line).toBe(
        'npm run deploy: Discord rejected DISCORD_TOKEN (401 Unauthorized): copy it again from the Bot tab of the Developer Portal (Reset Token makes a new one).',
      );
    });

    it("a DISCORD_CLIENT_ID that is not the token's application (50001): names the right one", async () => {
      const other = createSnowflake();
      const line = await deployWith({ DISCORD_CLIENT_ID: other });
      expect(line).toBe(
        `npm run deploy: DISCORD_CLIENT_ID ${other} is not the application of this DISCORD_TOKEN, which belongs to application ${fake.world.applicationId}: set DISCORD_CLIENT_ID=${fake.world.applicationId}.`,
      );
    });

    it('a DISCORD_GUILD_ID the bot is not in (50001): says how to invite it', async () => {
      const other = createSnowflake();
      const line = await deployWith({ DISCORD_GUILD_ID: other });
      expect(line).toContain(`the bot is not in the server DISCORD_GUILD_ID ${other}`);
      expect(line).toContain(
        `https://discord.com/oauth2/authorize?client_id=${fake.world.applicationId}&scope=bot+applications.commands`,
      );
    });

    it('Discord out of reach', async () => {
      const line = await deployWith({ DISCORD_API_BASE: 'http://127.0.0.1:9/api' });
      expect(line).toBe(
        'npm run deploy: Could not reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network and DISCORD_API_BASE.',
      );
    });

    it('an unknown guild (10004) and a command Discord refuses (50035)', async () => {
      const target = {
        token: 'secret',
        apiBase: 'http://127.0.0.1:9/api',
        clientId: '1'.repeat(18),
        guildId: '2'.repeat(18),
      };
      const unknownGuild = new DiscordAPIError({ code: 10004, message: 'Unknown Guild' }, 10004, 404, 'PUT', '/x', {});
      expect(await explainRegistrationFailure(unknownGuild, target)).toMatch(
        /^Discord knows no server with the id DISCORD_GUILD_ID 2{18} \(10004 Unknown Guild\)/,
      );
      const invalid = new DiscordAPIError(
        {
          code: 50035,
          message: 'Invalid Form Body',
          errors: {
            0: { description: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } },
          },
        },
        50035,
        400,
        'PUT',
        '/x',
        {},
      );
      expect(await explainRegistrationFailure(invalid, target)).toBe(
        'Discord refused a command definition in commands/ (50035 Invalid Form Body): 0.description[BASE_TYPE_REQUIRED]: This field is required',
      );
    });
  });
});
