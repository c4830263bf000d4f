/**
 * The composition root: builds the settings, the logger, the core service and (with a token)
 * the Discord client, and passes each to what needs it. Nothing else creates them.
 */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, databaseSecrets, loadConfig, type DiscordSettings, type LoadedConfig } from './config.js';
import { createDigestRuntime, type DigestRuntime } from './digest/digest-runtime.js';
import { DigestStoreUnreadableError } from './digest/digest-store.js';
import { fileURLToPath } from 'node:url';
import { startBot, type RunningBot } from './discord/bot.js';
import { runShards } from './discord/run-shards.js';
import { createDiscordPoster } from './discord/digest/discord-poster.js';
import { loadCommands } from './discord/load-commands.js';
import { logServiceEvent, logWatchReload } from './log-service-events.js';
import { createLogger, flushLogs, type Logger } from './logger.js';
import { createBriefingService, type ProgressEvent } from './service/create-briefing-service.js';
import { NO_CORPUS_YET, NOT_MIGRATED, openDatabaseService } from './storage/postgres/open-database-service.js';
import { PostgresDigestRecords } from './storage/postgres/postgres-digest-records.js';
import { PostgresPageSessions } from './storage/postgres/postgres-page-sessions.js';
import { PostgresRateLimiter } from './storage/postgres/postgres-rate-limiter.js';
import { createPool } from './storage/postgres/pool.js';
import { SharedPager } from './discord/pager.js';
import { defaultRateLimit } from './discord/rate-limiter.js';
import type { ReplyPage } from './discord/render/reply-page.js';
import type { BriefingService } from './service/briefing-service.js';
import { watchCorpus, type CorpusWatch, type WatchOptions } from './service/watch-corpus.js';
import { runInteractivePrompt } from './terminal/interactive-prompt.js';
import { describeEmptyCorpus } from './terminal/empty-corpus.js';
import { createProgressBar } from './terminal/progress-bar.js';
import { renderAddResult } from './terminal/render-add-result.js';
import { addToCorpus, type AddSource } from './corpus/add/add-article.js';

const reloadGraceMs = 3000;

const tokenHint =
  'DISCORD_TOKEN is not set, so briefbot runs in the terminal. To run the Discord bot, set DISCORD_TOKEN ' +
  '(and DISCORD_CLIENT_ID for `npm run deploy`) in .env or the environment: see .env.example and the README.\n';

function readConfig(): LoadedConfig {
  loadDotenv({ quiet: true });
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function runTerminal(config: LoadedConfig): Promise<void> {
  process.stderr.write(tokenHint);
  const service = config.databaseUrl ? await openTerminalDatabase(config.databaseUrl) : await buildTerminal(config);
  if (!service) {
    process.exitCode = 1;
    return;
  }
  const records = terminalDigestRecords(config.databaseUrl);
  // A signal ends the prompt like /quit, so the watch is closed and the snapshot written. `on`,
  // not `once`: under `npm start` a Ctrl-C reaches the program twice (from the terminal and
  // forwarded by npm), and a second signal with no listener would kill it before the write.
  const stop = new AbortController();
  const quit = (): void => stop.abort();
  process.on('SIGTERM', quit);
  process.on('SIGINT', quit);
  await runInteractivePrompt(
    service,
    { input: process.stdin, output: process.stdout },
    {
      // How the watch works (polling past the system's watch limit) is said on stderr, beside the prompt.
      watch: (reports) =>
        startWatch(config, service, { ...reports, onNotice: (text) => process.stderr.write(`${text}\n`) }),
      signal: stop.signal,
      // With DATABASE_URL the servers' digest records are in the database, not this file.
      ...(records ? { digestRecords: records.records } : { digestStorePath: config.digestStorePath }),
      add: async (target) => {
        const source: AddSource = /^[a-z][a-z0-9+.-]*:\/\//i.test(target)
          ? { kind: 'link', url: target }
          : { kind: 'file', path: target };
        return renderAddResult(
          await addToCorpus(service, source, { corpusDir: config.corpusDir, fetch: config.fetch }),
        );
      },
    },
  );
  await service.close?.();
  await records?.pool.end();
}

/**
 * With DATABASE_URL, the digest records every bot process shares (read by /digest show), over
 * a pool of their own: the service's is its own. It connects on the first read.
 */
function terminalDigestRecords(databaseUrl: string | undefined) {
  if (!databaseUrl) return null;
  const pool = createPool({
    connectionString: databaseUrl,
    max: 1,
    onIdleError: (error) => void process.stderr.write(`The database connection was lost (${error.message}).\n`),
  });
  return { pool, records: new PostgresDigestRecords(pool) };
}

/** The terminal's own build (no DATABASE_URL), with a progress bar for it. */
async function buildTerminal(config: LoadedConfig): Promise<BriefingService> {
  // The bar is for the first indexing only: drawn during a reload by the watch, it would break
  // the line being typed, and the prompt prints one line for that reload instead.
  let showProgress: ((event: ProgressEvent) => void) | null = createProgressBar(process.stderr);
  const service = await createBriefingService({
    corpusDir: config.corpusDir,
    extraRoots: config.corpusExtraRoots,
    extractionBudgetMs: config.extractionBudgetMs,
    cacheDir: config.cacheDir,
    onProgress: (event) => showProgress?.(event),
  });
  showProgress = null;
  const empty = describeEmptyCorpus(config.corpusDir, service.overview());
  if (empty) process.stderr.write(`${empty}\n`);
  return service;
}

/**
 * The terminal with DATABASE_URL serves as a bot process does (openDatabaseService): every
 * command from the tables `npm run indexer` writes; it builds nothing, so /reload, /add and the
 * watch say the indexer does. Null, having said why, when the database was never migrated.
 */
async function openTerminalDatabase(databaseUrl: string): Promise<BriefingService | null> {
  const say = (text: string): void => void process.stderr.write(`${text}\n`);
  const opened = await openDatabaseService(databaseUrl, (error) =>
    say(`The database connection was lost (${error.message}); reconnecting.`),
  );
  if (!opened.overview) {
    say(NOT_MIGRATED);
    await opened.service.close?.();
    return null;
  }
  say(
    opened.overview.articles === 0
      ? NO_CORPUS_YET
      : `Serving ${opened.overview.articles} articles from the database (written by \`npm run indexer\`).`,
  );
  return opened.service;
}

/**
 * With DATABASE_URL, what the bot processes share besides the answers (tables of migrations
 * 005 and 006): the digest's records, so each digest is posted once whichever processes run;
 * each user's question limit, counted across them; and the pages of replies, so a button
 * works on any of them. Without it, each process keeps these itself (the JSON digest store).
 */
function sharedState(config: LoadedConfig, logger: Logger) {
  if (!config.databaseUrl) return null;
  const onIdleError = (error: Error): void => logger.warn({ err: error }, 'database connection lost; reconnecting');
  const pool = createPool({ connectionString: config.databaseUrl, onIdleError });
  const onError = (error: unknown): void => logger.warn({ err: error }, 'shared state unreachable in the database');
  return {
    digest: { records: new PostgresDigestRecords(pool, { logger }) },
    rateLimiter: new PostgresRateLimiter(pool, { ...defaultRateLimit, onError }),
    pager: new SharedPager(new PostgresPageSessions<ReplyPage>(pool, { onError }), { onError }),
    close: () => pool.end(),
  };
}

async function buildService(config: LoadedConfig, logger: Logger): Promise<BriefingService> {
  if (config.databaseUrl) {
    const { service, overview } = await openDatabaseService(config.databaseUrl, (error) =>
      logger.warn({ err: error }, 'database connection lost; reconnecting'),
    );
    if (!overview) throw new Error(NOT_MIGRATED);
    logger.info(
      { articles: overview.articles, skipped: overview.skipped.length },
      'serving the corpus from the database',
    );
    if (overview.articles === 0)
      logger.warn('the database holds no corpus: every question will find nothing until `npm run indexer` runs');
    return service;
  }
  logger.info({ corpusDir: config.corpusDir, cacheDir: config.cacheDir }, 'indexing corpus');
  const started = performance.now();
  const service = await createBriefingService({
    corpusDir: config.corpusDir,
    extraRoots: config.corpusExtraRoots,
    extractionBudgetMs: config.extractionBudgetMs,
    cacheDir: config.cacheDir,
    onEvent: (event) => logServiceEvent(logger, event),
  });
  const overview = service.overview();
  logger.info(
    {
      articles: overview.articles,
      skipped: overview.skipped.length,
      durationMs: Math.round(performance.now() - started),
    },
    'corpus indexed',
  );
  if (overview.articles === 0) {
    logger.warn(
      { corpusDir: config.corpusDir, skipped: overview.skipped.length },
      'the corpus is empty: every question will find nothing until articles are added',
    );
  }
  return service;
}

/**
 * CORPUS_WATCH, for both adapters: reload through the same atomic swap as /reload when the
 * folder changes. Each adapter says how a reload and a failure are shown (log lines, prompt lines).
 */
function startWatch(
  config: LoadedConfig,
  service: BriefingService,
  reports: Pick<WatchOptions, 'onReload' | 'onError' | 'onNotice'>,
): CorpusWatch | null {
  if (!config.corpusWatch) return null;
  if (service.reloadElsewhere) {
    reports.onNotice?.(`CORPUS_WATCH is off: ${service.reloadElsewhere}`);
    return null;
  }
  return watchCorpus(service, config.corpusDir, reports);
}

async function runBot(config: LoadedConfig & { discord: DiscordSettings }): Promise<void> {
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.discord.token, ...databaseSecrets(config.databaseUrl)],
    asynchronous: true,
  });
  const exit = (code: number): void => void flushLogs(logger).then(() => process.exit(code));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  let service: BriefingService | undefined;
  let serving: { bot: RunningBot; digest: DigestRuntime | null; watch: CorpusWatch | null } | undefined;
  // The pool of what the processes share (digest, limits, pages), ended last at shutdown.
  let shared: ReturnType<typeof sharedState> = null;

  let stopping = false;
  const shutDown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Still starting: nothing is answered yet; only a snapshot being written is waited for.
    // Serving: no new reloads by the watch; interactions in flight finish first (a /digest now
    // among them), then the scheduler flushes its state while the client can still post, then
    // the client disconnects, and last the service finishes a running reload and its snapshot write.
    serving?.watch?.close();
    // A reload in flight gets a few seconds to finish; past them it is stopped (its reply says
    // so), so a long extraction never holds a shutdown up to the process manager's kill.
    setTimeout(() => service?.stopReload?.('the reload was stopped: briefbot is shutting down'), reloadGraceMs).unref();
    const stopped = serving
      ? serving.bot.stop({ beforeDisconnect: () => serving!.digest?.stop() ?? Promise.resolve() })
      : Promise.resolve();
    stopped
      .then(() => service?.close?.())
      .then(() => shared?.close())
      .then(() => {
        logger.info('state flushed');
        exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      });
  };
  // Listening from the start, so a signal is never met by the default (an abrupt exit) however
  // soon it comes after "logged in". Repeats are ignored (`stopping`): under `npm start` one
  // Ctrl-C arrives twice, from the terminal and forwarded by npm, and must not cut the shutdown short.
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);

  try {
    service = await buildService(config, logger);
    if (stopping) return;
    // The digest store opens before login so /digest works from the first interaction; its
    // scheduler needs the logged-in client. A store that cannot be read is never reset: the
    // digest stays off and questions are served.
    let digest: DigestRuntime | null = null;
    shared = sharedState(config, logger);
    try {
      digest = createDigestRuntime({ service, logger, storePath: config.digestStorePath, shared: shared?.digest });
    } catch (error) {
      if (!(error instanceof DigestStoreUnreadableError)) throw error;
      logger.error({ reason: error.message }, 'digest store unreadable: the daily digest is off; questions are served');
    }
    const bot = await startBot({
      config,
      logger,
      service,
      commands: await loadCommands(),
      digest: digest?.services,
      rateLimiter: shared?.rateLimiter,
      pager: shared?.pager,
    });
    digest?.start(createDiscordPoster(bot.client));
    const watch = startWatch(config, service, {
      onReload: (report) => logWatchReload(logger, report),
      onError: (error) => logger.warn({ err: error }, 'corpus watch: reload failed; the previous index keeps serving'),
      onNotice: (notice) => logger.warn({ notice }, 'corpus watch changed how it follows the folder'),
    });
    if (watch) logger.info({ corpusDir: config.corpusDir }, 'watching the corpus folder');
    serving = { bot, digest, watch };
  } catch (error) {
    logger.fatal({ err: error }, 'startup failed');
    exit(1);
  }
}

/** SHARDS=N: this process only runs the ShardingManager; each shard runs this file as a single bot. */
async function runShardManager(config: LoadedConfig & { discord: DiscordSettings }): Promise<void> {
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.discord.token, ...databaseSecrets(config.databaseUrl)],
    asynchronous: true,
  });
  try {
    await runShards({
      file: fileURLToPath(import.meta.url),
      totalShards: config.shards ?? 1,
      token: config.discord.token,
      execArgv: process.execArgv,
      logger,
      onStopped: (clean) => void flushLogs(logger).then(() => process.exit(clean ? 0 : 1)),
    });
  } catch (error) {
    logger.fatal({ err: error }, 'shards failed to start');
    await flushLogs(logger);
    process.exit(1);
  }
}

const config = readConfig();
if (config.discord && (config.shards ?? 1) > 1) {
  await runShardManager({ ...config, discord: config.discord });
} else if (config.discord) {
  await runBot({ ...config, discord: config.discord });
} else {
  await runTerminal(config);
}
