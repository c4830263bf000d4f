import { guildDraft, type DigestStore } from './digest-store.js';
import { canonicalTimeZone, formatDailyTime, nextSlot, parseDailyTime } from './schedule.js';
import type { DigestSettings, GuildDigestState } from './store-state.js';

export interface DigestSettingsInput {
  channelId: string;
  time: string;
  timeZone: string;
  whenEmpty?: 'skip' | 'post';
}

export type SaveSettingsResult = { ok: true; settings: DigestSettings } | { ok: false; problem: string };

/** Checks and saves a guild's schedule; a bad time or zone is refused with the reason. */
export function saveDigestSettings(
  store: DigestStore,
  guildId: string,
  input: DigestSettingsInput,
  now: Date,
): SaveSettingsResult {
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
  store.update((draft) => {
    guildDraft(draft, guildId).settings = settings;
  });
  return { ok: true, settings };
}

/** Turns the guild's digest off, keeping its settings and what it was sent; false if it was not on. */
export function turnDigestOff(store: DigestStore, guildId: string, now: Date): boolean {
  const current = store.guild(guildId).settings;
  if (!current?.enabled) return false;
  store.update((draft) => {
    guildDraft(draft, guildId).settings = { ...current, enabled: false, updatedAt: now.toISOString() };
  });
  return true;
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
    lines.push(`A digest is waiting to be posted (${guild.pending.attempts} failed attempts${retry}).`);
  }
  return lines.join('\n');
}
