import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/fake-discord/bot-process.js';
import { FakeDiscord } from '../support/fake-discord/fake-discord.js';
import { isEphemeral, replyText, type InteractionRecord } from '../support/fake-discord/interaction-record.js';
import { messageText, secretSightings, sentMessages } from '../support/fake-discord/inspect-messages.js';
import {
  commandPayload,
  createUser,
  permissions,
  toOptions,
  type CommandOption,
  type FakeUser,
} from '../support/fake-discord/payloads.js';
import type { Json } from '../support/fake-discord/json.js';

const repository = path.resolve(import.meta.dirname, '../..');
/** A value only .env holds: it must never come back in a log line or a message. */
const canary = 'canary-Zq81-never-echo-this';

let fake: FakeDiscord;
let bot: BotProcess;
let home: string;
let deployOutput = '';

function runDeploy(cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(repository, 'node_modules/tsx/dist/cli.mjs'), path.join(repository, 'src/deploy.ts')],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A folder with a .env holding the token (and a canary), as an operator would run the bot. */
async function writeEnvironmentFile(directory: string): Promise<void> {
  const lines = [
    `DISCORD_TOKEN=${fake.token}`,
    `DISCORD_CLIENT_ID=${fake.world.applicationId}`,
    `DISCORD_GUILD_ID=${fake.world.guildId}`,
    `DISCORD_API_BASE=${fake.apiBase}`,
    `ADMIN_ROLE_IDS=${fake.world.adminRoleId}`,
    `UNRELATED_SECRET=${canary}`,
  ];
  await writeFile(path.join(directory, '.env'), `${lines.join('\n')}\n`);
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  home = await mkdtemp(path.join(tmpdir(), 'briefbot-home-'));
  await writeEnvironmentFile(home);
  const deploy = await runDeploy(home);
  deployOutput = deploy.output;
  expect(deploy.code).toBe(0);
  // The token, the API base and the admin roles come from .env only; debug logs say the most.
  bot = await startBotProcess(fake, {
    cwd: home,
    environment: { DISCORD_TOKEN: undefined, DISCORD_API_BASE: undefined, LOG_LEVEL: 'debug' },
  });
  await bot.waitForLog('logged in to Discord');
  // A file beside the corpus folder that no /article may reach.
  await writeFile(
    path.join(path.dirname(bot.corpusDir), `${path.basename(bot.corpusDir)}-secret.txt`),
    `Secret\n\n${canary}\n`,
  );
}, 60_000);

afterAll(async () => {
  await bot?.dispose();
  await rm(path.join(path.dirname(bot.corpusDir), `${path.basename(bot.corpusDir)}-secret.txt`), { force: true });
  await fake?.stop();
  await rm(home, { recursive: true, force: true });
});

function ask(user: FakeUser, name: string, options: CommandOption[] = []): Promise<InteractionRecord> {
  return fake.waitFor(fake.dispatchInteraction(commandPayload(fake.world, user, name, options)), undefined, 15_000);
}

const subcommand = (name: string, options: CommandOption[] = []): CommandOption[] => [{ name, type: 1, options }];

describe('admin commands', () => {
  it('registration: /reload and /digest carry default_member_permissions Manage Server (32) and guild context only; questions carry none', () => {
    expect(fake.registrations).toHaveLength(1);
    expect(fake.registrations[0]!.scope).toBe('guild');
    const byName = Object.fromEntries(fake.registrations[0]!.body.map((command) => [command.name, command]));
    for (const name of ['reload', 'digest']) {
      expect(byName[name]).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    }
    for (const name of ['who', 'when', 'quote', 'search', 'article', 'sources', 'help']) {
      expect(byName[name]!.default_member_permissions ?? null).toBeNull();
    }
  });

  it.each([
    ['a member without Manage Server', false],
    ['a member with an ordinary role', true],
  ])(
    'run time: %s is refused /reload and every /digest subcommand, privately, and nothing changes',
    async (_label, withRole) => {
      const user = createUser('reader', { roles: withRole ? [fake.world.memberRoleId] : [] });
      const records = await Promise.all([
        ask(user, 'reload'),
        ask(user, 'digest', subcommand('show')),
        ask(user, 'digest', subcommand('off')),
        ask(user, 'digest', subcommand('now')),
        ask(
          user,
          'digest',
          subcommand('set', [
            { name: 'channel', type: 7, value: fake.world.channelId },
            { name: 'time', type: 3, value: '07:30' },
            { name: 'timezone', type: 3, value: 'Europe/Paris' },
          ]),
        ),
      ]);
      for (const record of records) {
        expect(isEphemeral(record)).toBe(true);
        expect(replyText(record)).toMatch(/^Only admins can .*Manage Server permission or an admin role/);
      }
      const messages = bot.lines().map((line) => line.msg);
      expect(messages).not.toContain('reload started');
      expect(fake.channelMessages).toEqual([]);
    },
  );

  it('run time: a member with a role in ADMIN_ROLE_IDS, and one with Manage Server, are let through', async () => {
    const editor = createUser('editor', { roles: [fake.world.adminRoleId] });
    expect(replyText(await ask(editor, 'digest', subcommand('show')))).not.toMatch(/Only admins/);
    const manager = createUser('manager', { permissions: permissions.manageGuild });
    expect(replyText(await ask(manager, 'reload'))).toContain('Corpus reloaded');
  });
});

describe('/article ids outside the corpus', () => {
  const outside = [
    '../../../../etc/passwd',
    '/etc/passwd',
    '..',
    '.',
    '',
    '.env',
    '../.env',
    'C:\\Windows\\win.ini',
    '..\\..\\etc\\passwd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '000_ee9d258b94439a1e/../../../etc/passwd',
    './000_ee9d258b94439a1e',
    'file:///etc/passwd',
    'corpus\u0000.txt',
    'x'.repeat(5000),
    '000_ee9d258b94439a1e.txt',
  ];

  it('are refused privately with a plain "no such article", and no file outside is read', async () => {
    const secretName = `../${path.basename(bot.corpusDir)}-secret`;
    // One user each: the per-user question limit would otherwise answer most of them.
    const records = await Promise.all(
      [...outside, secretName].map((id) => ask(createUser('curious'), 'article', toOptions({ id }))),
    );
    for (const record of records) {
      expect(isEphemeral(record)).toBe(true);
      expect(replyText(record)).toMatch(/^No such article\n/);
      expect(replyText(record)).not.toMatch(/root:|Secret|canary/);
    }
    expect(
      replyText(await ask(createUser('reader'), 'article', toOptions({ id: '000_ee9d258b94439a1e' }))),
    ).not.toMatch(/No such article/);
    const refusals = bot.lines().filter((line) => line.msg === 'article id refused');
    expect(refusals.length).toBeGreaterThanOrEqual(outside.length);
  });
});

describe('the token and .env never logged or echoed', () => {
  it('forced failures: a REST call that keeps failing, a refused channel post, then a shutdown', async () => {
    // Four 500s: every try of @discordjs/rest (one and three retries) fails, so the error path runs.
    fake.injectFault({ method: 'POST', route: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500, times: 4 });
    const failed = await ask(createUser('unlucky'), 'who', toOptions({ name: 'Shamkhani' }));
    expect(replyText(failed)).toMatch(/Something went wrong while answering\. Reference `[0-9a-f]{8}`/);
    const failure = await bot.waitForLog('interaction failed', 5000);
    expect(failure).toMatchObject({ level: 50, reference: expect.any(String) });

    // A channel post Discord refuses (the bot lacks access): the digest's error path.
    fake.injectFault({ method: 'POST', route: /^\/channels\/\d+\/messages$/, status: 403, times: 1 });
    const admin = createUser('editor', { permissions: permissions.manageGuild });
    const now = await ask(admin, 'digest', subcommand('now'));
    expect(replyText(now).length).toBeGreaterThan(0);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const output = `${bot.stdout()}\n${bot.stderr()}\n${deployOutput}`;
    for (const secret of [
      fake.token,
      encodeURIComponent(fake.token),
      Buffer.from(fake.token).toString('base64'),
      canary,
    ]) {
      expect(output).not.toContain(secret);
    }
    // Nor the interactions' own tokens, which the failed request's url held.
    expect(bot.stdout()).toContain('/[REDACTED]/callback');
    for (const record of fake.interactions.values()) expect(bot.stdout()).not.toContain(record.token);
    // Nothing the bot sent to Discord carries them either, in a body or in a URL.
    expect(secretSightings(fake, fake.token)).toEqual([]);
    expect(secretSightings(fake, canary)).toEqual([]);
    for (const { message } of sentMessages(fake)) expect(messageText(message as Json)).not.toContain(fake.token);
    // The bot did authenticate with it: the token reached Discord only as the Authorization header.
    expect(fake.requests.some((request) => request.authorization === `Bot ${fake.token}`)).toBe(true);
  });

  it('a wrong token at login: startup fails with exit 1 and the token is not in the output', async () => {
    const wrong = 'MTAwMDAwMDAwMDAwMDAwMDAw.wrong.token-that-must-stay-secret';
    const rejected = await startBotProcess(fake, { environment: { DISCORD_TOKEN: wrong } });
    try {
      expect(await rejected.exited).toBe(1);
      const output = `${rejected.stdout()}\n${rejected.stderr()}`;
      expect(rejected.lines().map((line) => line.msg)).toContain('startup failed');
      expect(output).not.toContain(wrong);
      expect(output).not.toContain(encodeURIComponent(wrong));
    } finally {
      await rejected.dispose();
    }
  });
});
