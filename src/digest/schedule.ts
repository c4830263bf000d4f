import { Cron } from 'croner';
import type { GuildDigestState } from './store-state.js';

/**
 * When a guild's digest is due: every day at a local time in an IANA time zone. croner does
 * the calendar work (daylight saving: a time skipped in spring fires at the first valid minute,
 * a time repeated in autumn fires once).
 */

export interface DailyTime {
  hour: number;
  minute: number;
}

export interface DigestTiming {
  /** "HH:MM", 24-hour, local to `timeZone`. */
  time: string;
  timeZone: string;
}

/** "7:05", "07:05" or "19:30"; null for anything else. */
export function parseDailyTime(text: string): DailyTime | null {
  const match = /^\s*(\d{1,2})[:.h](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

export function formatDailyTime({ hour, minute }: DailyTime): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The canonical IANA name for a zone ("europe/paris" -> "Europe/Paris"), or null if unknown. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function cronFor(timing: DigestTiming): Cron {
  const time = parseDailyTime(timing.time);
  if (!time) throw new Error(`Invalid digest time "${timing.time}" (expected HH:MM)`);
  return new Cron(`0 ${time.minute} ${time.hour} * * *`, { timezone: timing.timeZone, paused: true });
}

/** The first scheduled instant strictly after `after`. */
export function nextSlot(timing: DigestTiming, after: Date): Date {
  const next = cronFor(timing).nextRun(after);
  if (!next) throw new Error('croner found no next run for a daily pattern');
  return next;
}

/** The last scheduled instant at or before `at`, or null if none in the last two days. */
export function latestSlot(timing: DigestTiming, at: Date): Date | null {
  const cron = cronFor(timing);
  // Daily slots: walking forward from two days back meets at most three of them.
  let cursor: Date | null = cron.nextRun(new Date(at.getTime() - 2 * 86_400_000));
  let latest: Date | null = null;
  while (cursor && cursor.getTime() <= at.getTime()) {
    latest = cursor;
    cursor = cron.nextRun(cursor);
  }
  return latest;
}

/**
 * The instant up to which a guild owes no digest: its last digest's slot, or its last change
 * of settings (a changed time never fires a past slot).
 */
export function settledUntil(guild: Readonly<GuildDigestState>): number {
  const changed = guild.settings ? Date.parse(guild.settings.updatedAt) : 0;
  return Math.max(guild.lastSlot ? Date.parse(guild.lastSlot) : 0, changed);
}
