import type { AppConfig, DiscordSettings } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import type { CommandModule } from '../../src/discord/command-module.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import type { PageKeeper } from '../../src/discord/pager.js';
import { createRateLimiter, type RateLimiter } from '../../src/discord/rate-limiter.js';
import type { BriefingService } from '../../src/service/briefing-service.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord/fake-discord.js';
import type { InteractionRecord } from './fake-discord/interaction-record.js';
import {
  autocompletePayload,
  buttonPayload,
  commandPayload,
  createUser,
  toOptions,
  type CommandOption,
  type FakeUser,
} from './fake-discord/payloads.js';
import { FakeBriefingService } from './fake-briefing-service.js';
import { captureLogs, type LogCapture } from './log-capture.js';

let loadedCommands: Promise<CommandModule[]> | undefined;

/** commands/ is imported once per test file: modules are stateless. */
export function sharedCommands(): Promise<CommandModule[]> {
  loadedCommands ??= loadCommands();
  return loadedCommands;
}

export interface HarnessOptions {
  service?: BriefingService;
  rateLimiter?: RateLimiter;
  pager?: PageKeeper;
  fake?: FakeDiscordOptions;
  /** Settings beside the Discord ones (corpusDir, fetch ...). */
  config?: Partial<Omit<AppConfig, 'discord'>>;
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  logs: LogCapture;
  service: BriefingService;
  config: AppConfig & { discord: DiscordSettings };
  /** A member without Manage Server. */
  reader: FakeUser;
  send(
    name: string,
    options?: Record<string, string | boolean | number> | CommandOption[],
    user?: FakeUser,
  ): InteractionRecord;
  ask(
    name: string,
    options?: Record<string, string | boolean | number> | CommandOption[],
    user?: FakeUser,
  ): Promise<InteractionRecord>;
  autocomplete(name: string, focused: string, value: string, user?: FakeUser): Promise<InteractionRecord>;
  click(reply: InteractionRecord, customId: string, user?: FakeUser): Promise<InteractionRecord>;
  stop(): Promise<void>;
}

/** A fake Discord, a fresh real Client logged in to it, and the bot's logs captured. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeDiscord(options.fake).start();
  const logs = captureLogs({ secrets: [fake.token] });
  const service = options.service ?? new FakeBriefingService();
  const config = {
    discord: {
      token: fake.token,
      clientId: fake.world.applicationId,
      guildId: fake.world.guildId,
      apiBase: fake.apiBase,
    },
    corpusDir: 'corpus',
    adminRoleIds: [fake.world.adminRoleId],
    logLevel: 'debug' as const,
    ...options.config,
  };
  const bot = await startBot({
    config,
    logger: logs.logger,
    service,
    commands: await sharedCommands(),
    rateLimiter: options.rateLimiter ?? createRateLimiter({ capacity: 1000, refillPerSecond: 1000 }),
    pager: options.pager,
  });
  const reader = createUser('reader');
  const asOptions = (values: Record<string, string | boolean | number> | CommandOption[] = {}): CommandOption[] =>
    Array.isArray(values) ? values : toOptions(values);
  const send: Harness['send'] = (name, values, user = reader) =>
    fake.dispatchInteraction(commandPayload(fake.world, user, name, asOptions(values)));
  return {
    fake,
    bot,
    logs,
    service,
    config,
    reader,
    send,
    ask: (name, values, user) => fake.waitFor(send(name, values, user)),
    autocomplete: (name, focused, value, user = reader) =>
      fake.waitFor(
        fake.dispatchInteraction(
          autocompletePayload(fake.world, user, name, [{ name: focused, type: 3, value, focused: true }]),
        ),
      ),
    click: (reply, customId, user = reader) =>
      fake.waitFor(fake.dispatchInteraction(buttonPayload(fake.world, user, customId, reply.original ?? {}))),
    async stop() {
      await bot.stop({ drainTimeoutMs: 2000 });
      await fake.stop();
    },
  };
}
