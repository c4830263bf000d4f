import { performance } from 'node:perf_hooks';
import type { Json } from './json.js';
import { messageText } from './message-text.js';

export interface Rejection {
  method: string;
  route: string;
  status: number;
  code: number;
  problems: string[];
}

/** Everything the fake saw for one interaction, with times in ms since its dispatch. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Json;
  dispatchedAt: number;
  acknowledgement?: { type: number; afterMs: number; body: Json };
  /** The message the interaction's reply became (callback type 4 / 7, or edits of @original). */
  original?: Json;
  edits: Array<{ afterMs: number; body: Json }>;
  followUps: Json[];
  rejections: Rejection[];
}

/** A fresh record for an interaction about to be dispatched: its clock starts now. */
export function createInteractionRecord(payload: Json): InteractionRecord {
  return {
    id: String(payload.id),
    token: String(payload.token),
    type: Number(payload.type),
    payload,
    dispatchedAt: performance.now(),
    edits: [],
    followUps: [],
    rejections: [],
  };
}

export const callbackTypes = {
  message: 4,
  deferredMessage: 5,
  deferredUpdate: 6,
  update: 7,
  autocomplete: 8,
} as const;

/** Answered for good: a reply, an update, choices, or a deferral followed by an edit. */
export function isSettled(record: InteractionRecord): boolean {
  const type = record.acknowledgement?.type;
  if (type === undefined) return false;
  if (type === callbackTypes.deferredMessage || type === callbackTypes.deferredUpdate) {
    return record.edits.length > 0 || record.followUps.length > 0;
  }
  return true;
}

export function isEphemeral(record: InteractionRecord): boolean {
  const flags = Number((record.acknowledgement?.body.data as Json | undefined)?.flags ?? 0);
  return (flags & 64) === 64;
}

/** The embeds of the reply as the user finally sees them. */
export function replyEmbeds(record: InteractionRecord): Json[] {
  return (record.original?.embeds ?? []) as Json[];
}

/** All text the user sees in the reply: content, then every embed's texts, joined. */
export function replyText(record: InteractionRecord): string {
  return messageText(record.original ?? {});
}

/** custom_ids of the reply's buttons, in order. */
export function replyButtons(record: InteractionRecord): Array<{ customId: string; label: string; disabled: boolean }> {
  const rows = (record.original?.components ?? []) as Json[];
  return rows.flatMap((row) =>
    ((row.components ?? []) as Json[]).map((button) => ({
      customId: String(button.custom_id ?? ''),
      label: String(button.label ?? ''),
      disabled: Boolean(button.disabled),
    })),
  );
}

/**
 * Message bodies sent without `allowed_mentions: { parse: [] }`: Discord would parse every
 * mention in them. Returns a description of each, so a passing test expects an empty list.
 */
export function bodiesThatCouldPing(records: Iterable<InteractionRecord>): string[] {
  const unsafe: string[] = [];
  const guarded = (body: Json | undefined): boolean => {
    const mentions = body?.allowed_mentions as Json | undefined;
    return Array.isArray(mentions?.parse) && (mentions.parse as unknown[]).length === 0;
  };
  for (const record of records) {
    const type = record.acknowledgement?.type;
    if (
      (type === callbackTypes.message || type === callbackTypes.update) &&
      !guarded(record.acknowledgement!.body.data as Json)
    ) {
      unsafe.push(`${record.id}: callback ${type}`);
    }
    record.edits.forEach((edit, index) => {
      if (!guarded(edit.body)) unsafe.push(`${record.id}: edit ${index}`);
    });
  }
  return unsafe;
}
