import type { FakeDiscord } from './fake-discord.js';
import type { Json } from './json.js';
import { messageParts } from './message-text.js';

/** Re-exported: tests read a message's text from here. */
export { messageText } from './message-text.js';

/** The message bodies the bot sent: replies and updates (callbacks 4 and 7), edits, follow-ups, channel posts. */
export function sentMessages(fake: FakeDiscord): Array<{ route: string; message: Json }> {
  const messages: Array<{ route: string; message: Json }> = [];
  for (const { method, route, body } of fake.bodies) {
    const json = (body ?? {}) as Json;
    if (method === 'POST' && route.endsWith('/callback')) {
      const type = Number(json.type);
      if (type === 4 || type === 7) messages.push({ route, message: (json.data ?? {}) as Json });
    } else if (
      (method === 'PATCH' || method === 'POST') &&
      (route.startsWith('/webhooks/') || route.startsWith('/channels/'))
    ) {
      messages.push({ route, message: json });
    }
  }
  return messages;
}

/** Messages sent without `allowed_mentions: { parse: [] }`: Discord would parse every mention in them. */
export function messagesThatCouldPing(fake: FakeDiscord): string[] {
  return sentMessages(fake)
    .filter(({ message }) => {
      const mentions = message.allowed_mentions as Json | undefined;
      return !(Array.isArray(mentions?.parse) && mentions.parse.length === 0);
    })
    .map(({ route }) => route);
}

/**
 * Mentions that would render as live mentions in markdown text (content, titles, descriptions,
 * field values): outside code spans, where Discord shows them literally. Footers and author
 * names are plain text and never render mentions, so only the markdown parts are checked.
 */
export function liveMentions(message: Json): string[] {
  const markdown = messageParts(message, { plainText: false });
  const outsideCode = markdown
    .join('\n')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return outsideCode.match(/@everyone|@here|<@[!&]?\d+>|<#\d+>/g) ?? [];
}

/** Every place a secret shows up in what the bot sent to the fake: request bodies and URLs. */
export function secretSightings(fake: FakeDiscord, secret: string): string[] {
  const sightings: string[] = [];
  const encoded = encodeURIComponent(secret);
  for (const { method, route, body } of fake.bodies) {
    const text = JSON.stringify(body);
    if (text.includes(secret) || text.includes(encoded)) sightings.push(`${method} ${route} (body)`);
  }
  for (const { method, route } of fake.requests) {
    if (route.includes(secret)) sightings.push(`${method} ${route} (url)`);
  }
  return sightings;
}
