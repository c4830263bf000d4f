import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import type { Article } from '../../../src/corpus/article.js';
import type { DigestPoster } from '../../../src/digest/digest-poster.js';
import { createDiscordPoster } from '../../../src/discord/digest/discord-poster.js';
import { createDigestRuntime, type DigestRuntime } from '../../../src/digest/digest-runtime.js';
import { openDigestStore, type DigestStore } from '../../../src/digest/digest-store.js';
import type { DigestScheduler } from '../../../src/digest/scheduler.js';
import { startBot, type RunningBot } from '../../../src/discord/bot.js';
import { sharedCommands } from '../../support/bot-harness.js';
import { FakeBriefingService } from '../../support/fake-briefing-service.js';
import { FakeDiscord } from '../../support/fake-discord/fake-discord.js';
import type { InteractionRecord } from '../../support/fake-discord/interaction-record.js';
import {
  commandPayload,
  createUser,
  permissions,
  type CommandOption,
  type FakeUser,
} from '../../support/fake-discord/payloads.js';
import { captureLogs, type LogCapture } from '../../support/log-capture.js';
import { ManualClock } from './manual-clock.js';

/** The real bot (discord.js client, commands/, the digest runtime) against the fake Discord. */
export class DigestDiscordHarness {
  readonly directory = mkdtempSync(join(tmpdir(), 'briefbot-digest-discord-'));
  readonly storePath = join(this.directory, 'digest-store.json');
  readonly service = new FakeBriefingService();
  readonly admin: FakeUser = createUser('editor', { permissions: permissions.manageGuild });
  readonly reader: FakeUser = createUser('reader');
  readonly clock: ManualClock;
  fake!: FakeDiscord;
  logs!: LogCapture;
  bot: RunningBot | null = null;
  runtime: DigestRuntime | null = null;
  scheduler: DigestScheduler | null = null;

  constructor(start: string) {
    this.clock = new ManualClock(start, async () => {
      await this.scheduler?.idle();
    });
  }

  async startFake(): Promise<this> {
    this.fake = await new FakeDiscord().start();
    this.logs = captureLogs({ secrets: [this.fake.token] });
    return this;
  }

  addArticle(article: Article): void {
    this.service.articles.set(article.id, article);
  }

  /** Starts the bot "process": opens the store from disk, logs in, starts the scheduler. */
  async startBot(store?: DigestStore, poster?: (client: Client) => DigestPoster): Promise<void> {
    const digestStore =
      store ?? openDigestStore({ path: this.storePath, logger: this.logs.logger, now: () => this.clock.now() });
    const runtime = createDigestRuntime({
      service: this.service,
      logger: this.logs.logger,
      store: digestStore,
      storePath: this.storePath,
      clock: this.clock,
    });
    const fake = this.fake;
    this.bot = await startBot({
      config: {
        discord: {
          token: fake.token,
          clientId: fake.world.applicationId,
          guildId: fake.world.guildId,
          apiBase: fake.apiBase,
        },
        corpusDir: 'corpus',
        adminRoleIds: [fake.world.adminRoleId],
        logLevel: 'debug',
      },
      logger: this.logs.logger,
      service: this.service,
      commands: await sharedCommands(),
      digest: runtime.services,
    });
    this.runtime = runtime;
    this.scheduler = runtime.start(poster ? poster(this.bot.client) : createDiscordPoster(this.bot.client));
    await this.scheduler?.idle();
  }

  async stopBot(): Promise<void> {
    await this.runtime?.stop();
    await this.bot?.stop({ drainTimeoutMs: 2000 });
    this.bot = null;
    this.runtime = null;
    this.scheduler = null;
  }

  /** The end of a test (stopBot alone is a restart): the bot, the fake and the store folder. */
  async stop(): Promise<void> {
    await this.stopBot();
    await this.fake?.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }

  /** /digest <subcommand> with its options; channel options are resolved as Discord does. */
  async digest(
    subcommand: string,
    options: CommandOption[] = [],
    user: FakeUser = this.admin,
  ): Promise<InteractionRecord> {
    const payload = commandPayload(this.fake.world, user, 'digest', [{ name: subcommand, type: 1, options }]);
    const channel = { id: this.fake.world.channelId, type: 0, name: 'briefings', permissions: permissions.manageGuild };
    (payload.data as Record<string, unknown>).resolved = { channels: { [channel.id]: channel } };
    return this.fake.waitFor(this.fake.dispatchInteraction(payload));
  }

  /** /digest with a channel option naming `channel`, resolved as Discord sends it. */
  async digestWithChannel(
    subcommand: string,
    options: CommandOption[],
    channel: { id: string; type: number; name: string; permissions: string },
    user: FakeUser = this.admin,
  ): Promise<InteractionRecord> {
    const payload = commandPayload(this.fake.world, user, 'digest', [{ name: subcommand, type: 1, options }]);
    (payload.data as Record<string, unknown>).resolved = { channels: { [channel.id]: channel } };
    return this.fake.waitFor(this.fake.dispatchInteraction(payload));
  }

  setOptions(time: string, timeZone: string, empty?: 'skip' | 'post'): CommandOption[] {
    return [
      { name: 'channel', type: 7, value: this.fake.world.channelId },
      { name: 'time', type: 3, value: time },
      { name: 'timezone', type: 3, value: timeZone },
      ...(empty ? [{ name: 'empty', type: 3, value: empty }] : []),
    ];
  }
}
