import { readFileSync, renameSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { recordsOverFile, type DigestFile, type DigestRecords } from './digest-records.js';
import type { DigestLogger } from './logger.js';
import {
  emptyGuildState,
  emptyStoreState,
  guildSchema,
  pendingSchema,
  settingsSchema,
  storeFrameSchema,
  type DigestStoreState,
  type GuildDigestState,
} from './store-state.js';

/**
 * The digest's embedded store: one JSON file, replaced atomically (write a temporary file,
 * fsync it, rename it over the old one, fsync the folder), so a crash leaves either the old or
 * the new state, never half of one. Every change goes through `update`, which writes before
 * the new state is visible: nothing is acted on that is not on disk. The writing happens off
 * the event loop, and updates run one after another.
 */
export interface DigestStore extends DigestRecords, DigestFile {
  readonly path: string;
  state(): Readonly<DigestStoreState>;
  guild(guildId: string): Readonly<GuildDigestState>;
  /**
   * Applies `change` to a copy, writes it, then makes it current; on a write error nothing
   * changes. `change` must not mutate `ledger.entries` in place: it is shared with the current
   * state (copying it on every change was most of the cost); it replaces the object instead.
   */
  update<Result>(change: (draft: DigestStoreState) => Result): Promise<Result>;
}

export interface OpenDigestStoreOptions {
  path: string;
  logger: DigestLogger;
  now?: () => Date;
}

/** The store exists but cannot be read (a permission, a folder in its place): it is never reset. */
export class DigestStoreUnreadableError extends Error {
  override name = 'DigestStoreUnreadableError';
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  try {
    // The rename itself is only durable once the folder is synced.
    const folder = await open(dirname(path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Some file systems refuse to sync a folder; the rename is still atomic.
  }
}

class NotAStoreError extends Error {}

/**
 * The state on disk. Each guild is checked on its own: a record with a bad value is repaired
 * field by field (a bad schedule turns that server's digest off, a bad pending post is dropped,
 * its articles going into the next digest), logged with the server and the field, and every
 * other server goes on as before.
 */
function parseState(text: string, logger: DigestLogger, now: Date): DigestStoreState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new NotAStoreError(`not JSON (${(error as Error).message})`);
  }
  const frame = storeFrameSchema.safeParse(parsed);
  if (!frame.success) {
    const issue = frame.error.issues[0];
    throw new NotAStoreError(
      `not a digest store (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'bad shape'})`,
    );
  }
  const guilds: DigestStoreState['guilds'] = {};
  for (const [guildId, raw] of Object.entries(frame.data.guilds)) {
    const checked = guildSchema.safeParse(raw);
    if (checked.success) {
      guilds[guildId] = checked.data;
      continue;
    }
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    guilds[guildId] = repairGuild(raw, now);
    logger.error(
      { guildId, problems },
      "digest store: a server's record has bad values; repaired (a bad schedule turns its digest off)",
    );
  }
  return { ...frame.data, guilds };
}

export function repairGuild(raw: unknown, now: Date): GuildDigestState {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const repaired = emptyGuildState();
  const settings = settingsSchema.safeParse(record.settings);
  repaired.settings = settings.success ? settings.data : null;
  const pending = pendingSchema.safeParse(record.pending);
  repaired.pending = pending.success ? pending.data : null;
  const field = (name: keyof GuildDigestState) => guildSchema.shape[name].safeParse(record[name]);
  const highWater = field('highWater');
  repaired.highWater = highWater.success ? (highWater.data as number) : 0;
  const lastSlot = field('lastSlot');
  repaired.lastSlot = lastSlot.success ? (lastSlot.data as string | null) : null;
  const lastDigestAt = field('lastDigestAt');
  repaired.lastDigestAt = lastDigestAt.success ? (lastDigestAt.data as string | null) : null;
  if (!settings.success && record.settings) {
    repaired.problem = {
      at: now.toISOString(),
      channelId: String((record.settings as { channelId?: unknown }).channelId ?? ''),
      message: 'its stored schedule was invalid, so the digest was turned off: set it again with /digest set',
    };
  }
  return repaired;
}

function loadOrStartFresh(options: OpenDigestStoreOptions): DigestStoreState {
  const { path, logger } = options;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return emptyStoreState();
    // A permission or a folder in the way is not a damaged store: resetting it would send every
    // server the whole corpus again. The error is reported and the store left as it is.
    throw new DigestStoreUnreadableError(
      `the digest store ${path} cannot be read (${code ?? (error as Error).message}); fix its permissions or move it, it is not reset`,
    );
  }
  try {
    return parseState(text, logger, options.now?.() ?? new Date());
  } catch (error) {
    if (!(error instanceof NotAStoreError)) throw error;
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const backup = `${path}.corrupt-${stamp}`;
    const reason = error.message;
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

/** A draft to change: guilds are copied; the ledger's entries are shared and only ever replaced. */
function draftOf(state: DigestStoreState): DigestStoreState {
  return {
    ...state,
    ledger: { next: state.ledger.next, entries: state.ledger.entries },
    guilds: structuredClone(state.guilds),
  };
}

/** Opens the store; throws DigestStoreUnreadableError when it exists and cannot be read. */
export function openDigestStore(options: OpenDigestStoreOptions): DigestStore {
  const path = resolve(options.path);
  let current = loadOrStartFresh({ ...options, path });
  let writing: Promise<unknown> = Promise.resolve();
  const file: DigestFile & { path: string } = {
    path,
    state: () => current,
    guild: (guildId) => current.guilds[guildId] ?? emptyGuildState(),
    update(change) {
      const run = writing.then(async () => {
        const draft = draftOf(current);
        const result = change(draft);
        try {
          await writeAtomically(path, `${JSON.stringify(draft)}\n`);
        } catch (error) {
          await rm(`${path}.tmp`, { force: true }).catch(() => undefined);
          throw error;
        }
        current = draft;
        return result;
      });
      writing = run.catch(() => undefined);
      return run;
    },
  };
  return { ...file, ...recordsOverFile(file) };
}

export { guildDraft } from './digest-records.js';
