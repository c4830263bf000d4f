import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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
  /**
   * Where the index snapshot lives, for a warm start. Optional so hand-built configs (tests)
   * need not name it: unset means no snapshot. loadConfig always sets it (default .cache).
   */
  cacheDir?: string;
  /** Reload by itself when files under the corpus folder change (loadConfig: default false). */
  corpusWatch?: boolean;
  adminRoleIds: string[];
  logLevel: LogLevel;
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
  CACHE_DIR: z.preprocess(blankToUndefined, z.string().default('.cache')),
  CORPUS_WATCH: flag,
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
});

export interface LoadConfigOptions {
  /** What the caller is about to do: deploying needs the token and the client id. */
  purpose?: 'run' | 'deploy';
}

/** Parses the environment; throws one ConfigError naming every missing or bad key. */
export function loadConfig(environment: NodeJS.ProcessEnv, options: LoadConfigOptions = {}): AppConfig {
  const parsed = schema.safeParse(environment);
  const problems: string[] = [];
  const wantsDiscord = options.purpose === 'deploy' || blankToUndefined(environment.DISCORD_TOKEN) !== undefined;
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
    if (corpusProblem) problems.push(`CORPUS_DIR: ${corpusProblem}`);
    const cacheDir = blankToUndefined(environment.CACHE_DIR);
    const cacheProblem = checkCacheFolder(typeof cacheDir === 'string' ? cacheDir : '.cache');
    if (cacheProblem) problems.push(`CACHE_DIR: ${cacheProblem}`);
  }
  if (problems.length > 0 || !values) throw new ConfigError([...new Set(problems)]);
  return {
    discord: values.DISCORD_TOKEN
      ? {
          token: values.DISCORD_TOKEN,
          clientId: values.DISCORD_CLIENT_ID ?? null,
          guildId: values.DISCORD_GUILD_ID ?? null,
          apiBase: values.DISCORD_API_BASE.replace(/\/+$/, ''),
        }
      : null,
    corpusDir: values.CORPUS_DIR,
    cacheDir: values.CACHE_DIR,
    corpusWatch: values.CORPUS_WATCH,
    adminRoleIds: values.ADMIN_ROLE_IDS,
    logLevel: values.LOG_LEVEL,
  };
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
