import type { Article } from '../corpus/article.js';
import { recordArrivals } from './ledger.js';
import { emptyGuildState, type DigestStoreState, type GuildDigestState } from './store-state.js';

/**
 * What the digest keeps, as the scheduler, the delivery and /digest use it. Two
 * implementations: the JSON file of one process (digest-store.ts, the default) and PostgreSQL
 * shared by every process (src/storage/postgres/postgres-digest-records.ts, with DATABASE_URL).
 * Everything is read afresh and changed atomically, so two processes sharing the records see
 * each other's changes; the claim decides which of them posts a pending digest.
 */
export interface DigestRecords {
  /** Every guild with a record: the scheduler's round. */
  readGuilds(): Promise<Readonly<Record<string, Readonly<GuildDigestState>>>>;
  readGuild(guildId: string): Promise<Readonly<GuildDigestState>>;
  /**
   * Applies `change` to the guild's current record (created empty on first use) and saves it,
   * atomically: no other change to that guild comes in between.
   */
  updateGuild<Result>(guildId: string, change: (guild: GuildDigestState) => Result): Promise<Result>;
  /**
   * As updateGuild, unless another process is changing that guild at this moment: then nothing
   * is done and `done` is false (two schedulers firing for one slot: the second stands aside).
   */
  tryUpdateGuild<Result>(
    guildId: string,
    change: (guild: GuildDigestState) => Result,
  ): Promise<{ done: true; result: Result } | { done: false }>;
  /**
   * Numbers the article versions (id + content hash) not seen before, oldest publication
   * first, and returns each given article's number: what is new to a guild is what is numbered
   * after its high water.
   */
  numberArticles(articles: readonly Article[]): Promise<ReadonlyMap<string, number>>;
  /**
   * Takes, or renews, the right to post the guild's pending digest `digestId`: false while
   * another process holds it. Writing a new pending digest holds it already. The JSON file has
   * one process (its lock file), so there it is always true.
   */
  claimPending(guildId: string, digestId: string): Promise<boolean>;
  /** Gives the claim up (a post waiting for its retry may then be taken by any process). */
  releasePending(guildId: string, digestId: string): Promise<void>;
}

/** The guild's record in a draft of the whole file, created on first use. */
export function guildDraft(draft: DigestStoreState, guildId: string): GuildDigestState {
  const existing = draft.guilds[guildId];
  if (existing) return existing;
  const created = emptyGuildState();
  draft.guilds[guildId] = created;
  return created;
}

/** The JSON file as records: what its `state`, `guild` and `update` do, guild by guild. */
export interface DigestFile {
  state(): Readonly<DigestStoreState>;
  guild(guildId: string): Readonly<GuildDigestState>;
  update<Result>(change: (draft: DigestStoreState) => Result): Promise<Result>;
}

export function recordsOverFile(file: DigestFile): DigestRecords {
  const updateGuild = <Result>(guildId: string, change: (guild: GuildDigestState) => Result): Promise<Result> =>
    file.update((draft) => change(guildDraft(draft, guildId)));
  return {
    readGuilds: async () => file.state().guilds,
    readGuild: async (guildId) => file.guild(guildId),
    updateGuild,
    tryUpdateGuild: async (guildId, change) => ({ done: true, result: await updateGuild(guildId, change) }),
    numberArticles: (articles) => file.update((draft) => recordArrivals(draft.ledger, articles)),
    claimPending: async () => true,
    releasePending: async () => undefined,
  };
}
