import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { commandPayloads, registerCommands } from '../../src/discord/register-commands.js';
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
      expect.arrayContaining(['article', 'help', 'quote', 'reload', 'search', 'sources', 'when', 'who']),
    );
    expect(byName.reload!.default_member_permissions).toBe('32');
    expect(byName.reload!.contexts).toEqual([0]);
    for (const name of ['who', 'when', 'quote', 'search', 'help', 'sources'])
      expect(byName[name]!.default_member_permissions).toBeUndefined();
    for (const name of ['who', 'when', 'quote', 'search', 'article']) {
      const options = byName[name]!.options as Json[];
      expect(options.find((option) => option.name === 'private')).toMatchObject({ type: 5 });
      expect(options[0]).toMatchObject({ type: 3, required: true });
    }
    const autocompleted = payloads.flatMap((payload) =>
      ((payload.options ?? []) as Json[])
        .filter((option) => option.autocomplete)
        .map((option) => `${payload.name}.${option.name}`),
    );
    expect(autocompleted.sort()).toEqual(['article.id', 'quote.speaker', 'who.name']);
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
});
