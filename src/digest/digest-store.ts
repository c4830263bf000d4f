import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DigestLogger } from './logger.js';
import {
  emptyGuildState,
  emptyStoreState,
  storeStateSchema,
  type DigestStoreState,
  type GuildDigestState,
} from './store-state.js';

/**
 * The digest's embedded store: one JSON file, replaced atomically (write a temporary file,
 * fsync it, rename it over the old one, fsync the folder), so a crash leaves either the old or
 * the new state, never half of one. Every change goes through `update`, which writes before
 * the new state is visible: nothing is acted on that is not on disk.
 */
export interface DigestStore {
  readonly path: string;
  state(): Readonly<DigestStoreState>;
  guild(guildId: string): Readonly<GuildDigestState>;
  /** Applies `change` to a copy, writes it, then makes it current; on a write error nothing changes. */
  update<Result>(change: (draft: DigestStoreState) => Result): Result;
}

export interface OpenDigestStoreOptions {
  path: string;
  logger: DigestLogger;
  now?: () => Date;
}

export function resolveDigestStorePath(environment: NodeJS.ProcessEnv): string {
  const explicit = environment.DIGEST_STORE_PATH?.trim();
  if (explicit) return resolve(explicit);
  return resolve(environment.DATA_DIR?.trim() || 'data', 'digest-store.json');
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  const file = openSync(temporary, 'w');
  try {
    writeSync(file, text);
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
  try {
    // The rename itself is only durable once the folder is synced.
    const folder = openSync(dirname(path), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  } catch {
    // Some file systems refuse to sync a folder; the rename is still atomic.
  }
}

function readState(path: string): DigestStoreState {
  const text = readFileSync(path, 'utf8');
  const parsed: unknown = JSON.parse(text);
  const checked = storeStateSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `not a digest store (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'bad shape'})`,
    );
  }
  return checked.data;
}

function loadOrStartFresh(options: OpenDigestStoreOptions): DigestStoreState {
  const { path, logger } = options;
  if (!existsSync(path)) return emptyStoreState();
  try {
    return readState(path);
  } catch (error) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const backup = `${path}.corrupt-${stamp}`;
    const reason = error instanceof Error ? error.message : String(error);
    try {
      renameSync(path, backup);
      logger.error({ path, backup, reason }, 'digest store unreadable: moved aside, starting with an empty store');
    } catch (renameError) {
      logger.error(
        { path, reason, backupError: renameError instanceof Error ? renameError.message : String(renameError) },
        'digest store unreadable and could not be moved aside: starting with an empty store in memory',
      );
    }
    return emptyStoreState();
  }
}

export function openDigestStore(options: OpenDigestStoreOptions): DigestStore {
  const path = resolve(options.path);
  let current = loadOrStartFresh({ ...options, path });
  return {
    path,
    state: () => current,
    guild: (guildId) => current.guilds[guildId] ?? emptyGuildState(),
    update(change) {
      const draft = structuredClone(current);
      const result = change(draft);
      writeAtomically(path, `${JSON.stringify(draft)}\n`);
      current = draft;
      return result;
    },
  };
}

/** The guild's record in a draft, created on first use. */
export function guildDraft(draft: DigestStoreState, guildId: string): GuildDigestState {
  const existing = draft.guilds[guildId];
  if (existing) return existing;
  const created = emptyGuildState();
  draft.guilds[guildId] = created;
  return created;
}
