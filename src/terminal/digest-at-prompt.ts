import { readFileSync } from 'node:fs';
import type { DigestRecords } from '../digest/digest-records.js';
import { describeDigest } from '../digest/digest-settings.js';
import { DigestCommandError, runDigestCommand } from '../digest/run-digest-command.js';
import { storeStateSchema, type GuildDigestState } from '../digest/store-state.js';
import type { BriefingService } from '../service/briefing-service.js';

/**
 * Where /digest show reads the settings each server saved: the bot's JSON store (a path, read
 * only: a running bot owns it), or the records every bot process shares in the database
 * (DATABASE_URL); neither when the prompt was given none.
 */
export type SavedDigests = { storePath: string } | { records: Pick<DigestRecords, 'readGuilds'> } | null;

/**
 * /digest at the prompt. The terminal has no server or channel: `show` reads the settings each
 * server saved, `now` prints a digest of the corpus here, and `set`/`off` are Discord's.
 */
export async function runDigestAtPrompt(
  service: BriefingService,
  subcommand: string | null,
  text: string,
  saved: SavedDigests,
  now: Date = new Date(),
): Promise<string> {
  if (subcommand === 'show') {
    if (!saved) return 'This prompt was started without the digest store, so it cannot show the digest settings.';
    return 'records' in saved ? describeRecords(saved.records, now) : describeSavedDigests(saved.storePath, now);
  }
  if (subcommand === 'now') {
    try {
      return await runDigestCommand(service, { since: text || 'all', now });
    } catch (error) {
      if (error instanceof DigestCommandError)
        return `/digest now [YYYY-MM-DD|all]: ${error.message.replace('--since', 'the date')}`;
      throw error;
    }
  }
  if (subcommand === 'set' || subcommand === 'off') {
    return `/digest ${subcommand} changes a server's daily digest: use it in Discord, where the digest is posted. Here, /digest show lists the settings and /digest now prints a digest.`;
  }
  return '/digest show: the daily digest settings of each server; /digest now [YYYY-MM-DD|all]: a digest of the corpus, here.';
}

function describeSavedDigests(storePath: string, now: Date): string {
  let text: string;
  try {
    text = readFileSync(storePath, 'utf8');
  } catch {
    return `No server has set up the daily digest yet (no store at ${storePath}). An admin sets it up in Discord with /digest set.`;
  }
  let parsed;
  try {
    parsed = storeStateSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success)
    return `The digest store ${storePath} cannot be read; the bot sets it aside and starts afresh when it starts.`;
  return describeGuilds(parsed.data.guilds, now, `store: ${storePath}`);
}

async function describeRecords(records: Pick<DigestRecords, 'readGuilds'>, now: Date): Promise<string> {
  let guilds;
  try {
    guilds = await records.readGuilds();
  } catch (error) {
    return `The digest records in the database cannot be read (${(error as Error).message}).`;
  }
  return describeGuilds(guilds, now, 'records in the database');
}

function describeGuilds(
  guilds: Readonly<Record<string, Readonly<GuildDigestState>>>,
  now: Date,
  where: string,
): string {
  const listed = Object.entries(guilds);
  if (listed.length === 0) return `No server has set up the daily digest yet (${where}).`;
  return listed
    .map(([guildId, guild]) => `Server ${guildId}:\n${describeDigest(guild, now).replace(/<#(\d+)>/g, 'channel $1')}`)
    .join('\n\n');
}
