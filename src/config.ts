import { statSync } from 'node:fs';
import path, { delimiter } from 'node:path';
import { z } from 'zod';
import { DEFAULT_FETCH_SETTINGS, type FetchSettings } from './fetch/fetch-page.js';

/**
 * Settings, read and checked in one place. Empty strings count as unset, so a copied
 * .env.example with blank values behaves like a missing key. The Discord keys are checked only
 * when DISCORD_TOKEN is set: without it the program runs the terminal prompt.
 */
export interface DiscordSettings {
  token: string;
  clientId: string | null;
  guildId: string | null;
  apiBase: string;
}

export interface AppConfig {
  /** null when DISCORD_TOKEN is unset: the terminal mode. */
  discord: DiscordSettings | null;
  corpusDir: string;
  /** Folders outside the corpus folder that links inside it may lead into (default none). */
  corpusExtraRoots?: string[];
  /**
   * Where the index snapshot lives, for a warm start. Optional so hand-built configs (tests)
   * need not name it: unset means no snapshot. loadConfig always sets it (default .cache).
   */
  cacheDir?: string;
  /** Longest extraction of one article before its file is skipped, in ms (loadConfig: default 20 s). */
  extractionBudgetMs?: number;
  /** Reload by itself when files under the corpus folder change (loadConfig: default false). */
  corpusWatch?: boolean;
  adminRoleIds: string[];
  logLevel: LogLevel;
  /** How /add and `cli add` fetch links (loadConfig: the defaults, 10 s, 10 MB, 5 redirects, public addresses only). */
  fetch?: FetchSettings;
  /**
   * The daily digest's store file, absolute: DIGEST_STORE_PATH, else DATA_DIR/digest-store.json,
   * else data/digest-store.json (loadConfig always sets it).
   */
  digestStorePath?: string;
  /**
   * DATABASE_URL: a PostgreSQL connection string (postgres://user:password@host:port/db) for
   * /search served from a shared database; undefined keeps the in-memory engine. It may hold a
   * password: never logged (the logger masks it like the bot token).
   */
  databaseUrl?: string;
  /**
   * SHARDS: how many bot processes `npm start` runs through discord.js's ShardingManager, one
   * gateway shard each (loadConfig: default 1, a single process and no manager). Inside a
   * shard the manager sets SHARDS to the shard's id, so there it is not read.
   */
  shards?: number;
}

/** The settings as loadConfig gives them: every default filled in. */
export type LoadedConfig = AppConfig & Required<Pick<AppConfig, 'digestStorePath'>>;

/** What commands may read: every setting but the Discord credentials. */
export type CommandConfig = Omit<AppConfig, 'discord'>;

/** The settings a command gets: the token stays with the client that logs in. */
export function commandConfig(config: AppConfig): CommandConfig {
  const { discord, ...settings } = config;
  return settings;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export const defaultApiBase = 'https://discord.com/api';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid settings (check .env or the environment):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

const truthy = new Set(['true', '1', 'yes', 'on']);
const falsy = new Set(['false', '0', 'no', 'off']);

/** A yes/no key; anything but the usual spellings is an error rather than a silent false. */
const flag = z.preprocess(
  (value) => {
    const text = blankToUndefined(value);
    if (typeof text !== 'string') return text;
    const lower = text.toLowerCase();
    return truthy.has(lower) ? true : falsy.has(lower) ? false : text;
  },
  z.boolean({ error: 'must be true or false' }).default(false),
);

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17-20 digits)');

/**
 * A bot token is three dot-separated parts of url-safe base64 (the bot's id, a timestamp, a
 * signature). The message says what is wrong without ever repeating the value.
 */
function tokenProblem(token: string): string | null {
  if (/^bot\s/i.test(token)) return 'give the token alone, without "Bot " in front';
  if (/\s/.test(token)) return 'contains spaces or line breaks; paste the token alone, on one line';
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) || token.length < 30) {
    return 'does not look like a bot token (three parts separated by dots: copy it from the Bot tab of the Developer Portal)';
  }
  return null;
}

const botToken = z.string().superRefine((token, context) => {
  const problem = tokenProblem(token);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const schema = z.object({
  DISCORD_TOKEN: z.preprocess(blankToUndefined, botToken.optional()),
  DISCORD_CLIENT_ID: z.preprocess(blankToUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, snowflake.optional()),
  DISCORD_API_BASE: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
      .default(defaultApiBase),
  ),
  CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default('corpus')),
  // A list of paths like PATH: paths may hold commas.
  CORPUS_EXTRA_ROOTS: z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(delimiter)
            .map((part) => part.trim())
            .filter(Boolean)
        : [],
    z.array(z.string()),
  ),
  CACHE_DIR: z.preprocess(blankToUndefined, z.string().default('.cache')),
  CORPUS_WATCH: flag,
  EXTRACTION_BUDGET_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number of seconds' })
      .positive({ error: 'must be a number of seconds above 0' })
      .max(3600, { error: 'must be at most 3600 seconds' })
      .default(20),
  ),
  ADMIN_ROLE_IDS: z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : [],
    z.array(snowflake),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(logLevels).default('info')),
  FETCH_ALLOW_PRIVATE_ADDRESSES: flag,
  FETCH_TIMEOUT_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a number of seconds' }).positive('must be above 0').max(120).default(10),
  ),
  FETCH_MAX_MB: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a number of megabytes' }).positive('must be above 0').max(50).default(10),
  ),
  DIGEST_STORE_PATH: z.preprocess(blankToUndefined, z.string().optional()),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('data')),
  SHARDS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number of shards' })
      .int({ error: 'must be a whole number of shards' })
      .min(1, { error: 'must be at least 1' })
      .max(64, { error: 'must be at most 64' })
      .default(1),
  ),
  // The value is never echoed in the message: it may hold a password.
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => /^postgres(ql)?:\/\/\S+$/.test(value), {
        error: 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/briefbot',
      })
      .optional(),
  ),
});

export interface LoadConfigOptions {
  /**
   * What the caller is about to do: deploying needs the token and the client id; the CLI
   * (`npm run cli`) never talks to Discord, so it ignores the Discord keys and gets none.
   */
  purpose?: 'run' | 'deploy' | 'cli';
  /** A corpus folder given on the command line (`--corpus`): it replaces CORPUS_DIR, and a problem is named so. */
  corpusFlag?: string;
}

/** Parses the environment; throws one ConfigError naming every missing or bad key. */
export function loadConfig(environment: NodeJS.ProcessEnv, options: LoadConfigOptions = {}): LoadedConfig {
  const purpose = options.purpose ?? 'run';
  // In a shard's process, SHARDS is the manager's: the shard's own id.
  if (environment.SHARDING_MANAGER) environment = { ...environment, SHARDS: undefined };
  if (options.corpusFlag !== undefined) environment = { ...environment, CORPUS_DIR: options.corpusFlag };
  const parsed = schema.safeParse(environment);
  const problems: string[] = [];
  const wantsDiscord =
    purpose === 'deploy' || (purpose === 'run' && blankToUndefined(environment.DISCORD_TOKEN) !== undefined);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'settings');
      // The terminal mode ignores Discord keys, so a half-filled .env does not stop it.
      if (key.startsWith('DISCORD_') && !wantsDiscord) continue;
      problems.push(`${key}: ${issue.message}`);
    }
  }
  const values = parsed.success ? parsed.data : wantsDiscord ? undefined : parseWithoutDiscord(environment);
  if (options.purpose === 'deploy') {
    if (!blankToUndefined(environment.DISCORD_TOKEN)) problems.push('DISCORD_TOKEN: required to register commands');
    if (!blankToUndefined(environment.DISCORD_CLIENT_ID)) {
      problems.push('DISCORD_CLIENT_ID: required to register commands (the application id)');
    }
  }
  // Registering commands reads no article: a deploy from another folder needs no corpus there.
  if (options.purpose !== 'deploy') {
    const corpusDir = blankToUndefined(environment.CORPUS_DIR);
    const corpusProblem = checkCorpusFolder(typeof corpusDir === 'string' ? corpusDir : 'corpus');
    if (corpusProblem)
      problems.push(`${options.corpusFlag !== undefined ? '--corpus' : 'CORPUS_DIR'}: ${corpusProblem}`);
    const cacheDir = blankToUndefined(environment.CACHE_DIR);
    const cacheProblem = checkCacheFolder(typeof cacheDir === 'string' ? cacheDir : '.cache');
    if (cacheProblem) problems.push(`CACHE_DIR: ${cacheProblem}`);
  }
  if (problems.length > 0 || !values) throw new ConfigError([...new Set(problems)]);
  return {
    discord:
      values.DISCORD_TOKEN && wantsDiscord
        ? {
            token: values.DISCORD_TOKEN,
            clientId: values.DISCORD_CLIENT_ID ?? null,
            guildId: values.DISCORD_GUILD_ID ?? null,
            apiBase: values.DISCORD_API_BASE.replace(/\/+$/, ''),
          }
        : null,
    corpusDir: values.CORPUS_DIR,
    corpusExtraRoots: values.CORPUS_EXTRA_ROOTS,
    cacheDir: values.CACHE_DIR,
    corpusWatch: values.CORPUS_WATCH,
    extractionBudgetMs: Math.round(values.EXTRACTION_BUDGET_SECONDS * 1000),
    adminRoleIds: values.ADMIN_ROLE_IDS,
    logLevel: values.LOG_LEVEL,
    fetch: {
      ...DEFAULT_FETCH_SETTINGS,
      allowPrivateAddresses: values.FETCH_ALLOW_PRIVATE_ADDRESSES,
      timeoutMs: values.FETCH_TIMEOUT_SECONDS * 1000,
      maxBytes: Math.round(values.FETCH_MAX_MB * 1024 * 1024),
    },
    digestStorePath: path.resolve(values.DIGEST_STORE_PATH ?? path.join(values.DATA_DIR, 'digest-store.json')),
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    ...(values.SHARDS > 1 ? { shards: values.SHARDS } : {}),
  };
}

/** What of DATABASE_URL must never reach a log line: the URL, and its password alone (a driver error may quote it). */
export function databaseSecrets(databaseUrl: string | undefined): string[] {
  if (!databaseUrl) return [];
  try {
    const password = decodeURIComponent(new URL(databaseUrl).password);
    return password ? [databaseUrl, password] : [databaseUrl];
  } catch {
    return [databaseUrl];
  }
}

function parseWithoutDiscord(environment: NodeJS.ProcessEnv): z.infer<typeof schema> | undefined {
  const withoutDiscord = Object.fromEntries(Object.entries(environment).filter(([key]) => !key.startsWith('DISCORD_')));
  const parsed = schema.safeParse(withoutDiscord);
  return parsed.success ? parsed.data : undefined;
}

function describeFolder(folder: string): string {
  const absolute = path.resolve(folder);
  return absolute === folder ? `"${folder}"` : `"${folder}" (${absolute})`;
}

/**
 * Why the articles folder cannot be read, or null when it can. The terminal, the bot and the
 * CLI check it before indexing, so a typo is one clear line rather than a stack trace.
 */
export function checkCorpusFolder(folder: string): string | null {
  try {
    if (!statSync(folder).isDirectory()) return `${describeFolder(folder)} is a file, not a folder of articles`;
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `the folder ${describeFolder(folder)} does not exist`;
    if (code === 'EACCES') return `the folder ${describeFolder(folder)} cannot be read (permission denied)`;
    return `the folder ${describeFolder(folder)} cannot be read (${code ?? 'unknown error'})`;
  }
}

/** The snapshot folder is created when missing; only something else in its place is a problem. */
function checkCacheFolder(folder: string): string | null {
  try {
    return statSync(folder).isDirectory() ? null : `${describeFolder(folder)} is a file, not a folder`;
  } catch {
    return null;
  }
}
