import type { Json } from './json.js';

/**
 * The texts of a message body in reading order: content, then per embed its title, description,
 * field names and values and, with `plainText`, its footer and author name. Those two are plain
 * text on Discord (mentions never render there), so mention checks leave them out.
 */
export function messageParts(message: Json, { plainText }: { plainText: boolean }): string[] {
  const parts = [String(message.content ?? '')];
  for (const embed of (message.embeds ?? []) as Json[]) {
    parts.push(String(embed.title ?? ''), String(embed.description ?? ''));
    for (const field of (embed.fields ?? []) as Json[]) parts.push(String(field.name), String(field.value));
    if (plainText) {
      parts.push(
        String((embed.footer as Json | undefined)?.text ?? ''),
        String((embed.author as Json | undefined)?.name ?? ''),
      );
    }
  }
  return parts;
}

/** All text of a message body: content and every embed text, the empty ones left out, one per line. */
export function messageText(message: Json): string {
  return messageParts(message, { plainText: true })
    .filter((part) => part.length > 0)
    .join('\n');
}
