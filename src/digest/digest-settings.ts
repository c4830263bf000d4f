import type { DigestRecords } from './digest-records.js';
import { canonicalTimeZone, formatDailyTime, nextSlot, parseDailyTime } from './schedule.js';
import type { DigestSettings, GuildDigestState } from './store-state.js';

export interface DigestSettingsInput {
  channelId: string;
  time: string;
  timeZone: string;
  whenEmpty?: 'skip' | 'post';
}

export type SaveSettingsResult = { ok: true; settings: DigestSettings } | { ok: false; problem: string };

/**
 * Checks and saves a guild's schedule; a bad time or zone is refused with the reason. A digest
 * still waiting to be posted (to the old channel, perhaps one that is gone) is dropped: its
 * articles go into the next digest, to the channel set now.
 */
export async function saveDigestSettings(
  store: DigestRecords,
  guildId: string,
  input: DigestSettingsInput,
  now: Date,
): Promise<SaveSettingsResult> {
  const time = parseDailyTime(input.time);
  if (!time)
    return { ok: false, problem: `"${input.time}" is not a time of day: use HH:MM on a 24-hour clock, e.g. 07:30.` };
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) {
    return {
      ok: false,
      problem: `"${input.timeZone}" is not a known time zone: use an IANA name such as Europe/Paris or America/New_York.`,
    };
  }
  const settings: DigestSettings = {
    channelId: input.channelId,
    time: formatDailyTime(time),
    timeZone,
    whenEmpty: input.whenEmpty ?? 'skip',
    enabled: true,
    updatedAt: now.toISOString(),
  };
  await store.updateGuild(guildId, (guild) => {
    guild.settings = settings;
    guild.pending = null;
    guild.problem = null;
  });
  return { ok: true, settings };
}

/**
 * Turns the guild's digest off, keeping its settings and what it was sent, and drops a digest
 * still waiting to be posted; false if it was neither on nor waiting.
 */
export async function turnDigestOff(store: DigestRecords, guildId: string, now: Date): Promise<boolean> {
  // Read first, so a guild that never set a digest up gets no record.
  const before = await store.readGuild(guildId);
  if (!before.settings?.enabled && !before.pending) return false;
  return store.updateGuild(guildId, (guild) => {
    const current = guild.settings;
    if (!current?.enabled && !guild.pending) return false;
    if (current?.enabled) guild.settings = { ...current, enabled: false, updatedAt: now.toISOString() };
    guild.pending = null;
    return true;
  });
}

function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** The guild's digest setup in words, for /digest show. */
export function describeDigest(guild: Readonly<GuildDigestState>, now: Date): string {
  const settings = guild.settings;
  const lines: string[] = [];
  if (!settings?.enabled) {
    lines.push('The daily digest is off. Turn it on with `/digest set channel time timezone`.');
  } else {
    lines.push(
      `The daily digest posts to <#${settings.channelId}> every day at ${settings.time} (${settings.timeZone}).`,
      `Next: ${localTime(nextSlot(settings, now), settings.timeZone)}.`,
      settings.whenEmpty === 'post'
        ? 'When nothing is new it posts one short line.'
        : 'When nothing is new it posts nothing.',
    );
  }
  lines.push(
    guild.lastDigestAt
      ? `Last digest: ${guild.lastDigestAt.slice(0, 16).replace('T', ' ')} UTC.`
      : 'No digest has been posted yet.',
  );
  if (guild.pending) {
    const retry = guild.pending.nextAttemptAt
      ? `, next try ${guild.pending.nextAttemptAt.slice(0, 16).replace('T', ' ')} UTC`
      : '';
    lines.push(
      `A digest is waiting to be posted to <#${guild.pending.channelId}> (${guild.pending.attempts} failed attempts${retry}).`,
    );
  }
  if (guild.problem) {
    lines.push(`Problem (${guild.problem.at.slice(0, 16).replace('T', ' ')} UTC): ${guild.problem.message}.`);
  }
  return lines.join('\n');
}
