import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import { commandConfig, type AppConfig, type DiscordSettings } from '../config.js';
import type { Logger } from '../logger.js';
import type { BriefingService } from '../service/briefing-service.js';
import type { CommandContext, CommandModule } from './command-module.js';
import { createDiscordClient } from './create-client.js';
import { createInteractionRouter, type InteractionRouter } from './interaction-router.js';
import { Pager, type PageKeeper } from './pager.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import type { DigestServices } from '../digest/digest-runtime.js';

export interface BotOptions {
  config: AppConfig & { discord: DiscordSettings };
  logger: Logger;
  service: BriefingService;
  commands: readonly CommandModule[];
  rateLimiter?: RateLimiter;
  pager?: PageKeeper;
  /** The daily digest's services, for /digest. */
  digest?: DigestServices;
  readyTimeoutMs?: number;
}

export interface RunningBot {
  client: Client;
  router: InteractionRouter;
  context: CommandContext;
  /**
   * Stops taking interactions, lets those in flight finish, runs `beforeDisconnect` (e.g. the
   * digest scheduler flushing its state while the client can still post), then disconnects.
   */
  stop(options?: { drainTimeoutMs?: number; beforeDisconnect?: () => Promise<void> }): Promise<void>;
}

/** Logs in and serves the commands until stopped. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  const context: CommandContext = {
    service: options.service,
    logger,
    config: commandConfig(config),
    rateLimiter: options.rateLimiter ?? createRateLimiter(),
    pager: options.pager ?? new Pager(),
    commands: options.commands,
    digest: options.digest,
  };
  const router = createInteractionRouter({ commands: options.commands, context, logger });
  const client = createDiscordClient({ apiBase: config.discord.apiBase });

  client.on(Events.InteractionCreate, (interaction) => router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));

  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 60_000) });
  try {
    await client.login(config.discord.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  logger.info(
    {
      userId: client.user?.id,
      applicationId: client.application?.id,
      guilds: client.guilds.cache.size,
      commands: options.commands.length,
    },
    'logged in to Discord',
  );

  return {
    client,
    router,
    context,
    async stop(stopOptions = {}) {
      router.stopAccepting();
      const drained = await router.drain(stopOptions.drainTimeoutMs ?? 10_000);
      if (!drained) logger.warn({ inFlight: router.inFlight }, 'stopped before every interaction finished');
      try {
        await stopOptions.beforeDisconnect?.();
      } finally {
        await client.destroy();
      }
      logger.info('disconnected from Discord');
    },
  };
}
