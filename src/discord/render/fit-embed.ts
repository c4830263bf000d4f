import type { APIEmbed } from 'discord.js';
import { discordLimits, embedLength } from './limits.js';
import { truncate } from './text.js';

/** Cuts text, not leaving a dangling escape backslash at the cut. */
function cut(text: string, max: number): string {
  const cutText = truncate(text, max);
  return cutText.endsWith('\\…') ? `${cutText.slice(0, -2)}…` : cutText;
}

/**
 * The last guard before sending: every part of the embed within Discord's limits, and the
 * whole within 6000 characters, by trimming the longest text first (never by failing).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    title: embed.title === undefined ? undefined : cut(embed.title, discordLimits.title),
    description: embed.description === undefined ? undefined : cut(embed.description, discordLimits.description),
    footer: embed.footer ? { ...embed.footer, text: cut(embed.footer.text, discordLimits.footer) } : undefined,
    author: embed.author ? { ...embed.author, name: cut(embed.author.name, discordLimits.authorName) } : undefined,
    fields: embed.fields?.slice(0, discordLimits.fields).map((field) => ({
      ...field,
      name: cut(field.name || '\u200b', discordLimits.fieldName),
      value: cut(field.value || '\u200b', discordLimits.fieldValue),
    })),
  };
  let excess = embedLength(fitted) - discordLimits.embedTotal;
  while (excess > 0) {
    // Every text part may give way; the longest first, so short labels survive.
    const candidates: Array<{ length: number; shrink: (max: number) => void }> = [];
    const description = fitted.description;
    if (description)
      candidates.push({ length: description.length, shrink: (max) => (fitted.description = cut(description, max)) });
    const title = fitted.title;
    if (title) candidates.push({ length: title.length, shrink: (max) => (fitted.title = cut(title, max)) });
    const footer = fitted.footer;
    if (footer) candidates.push({ length: footer.text.length, shrink: (max) => (footer.text = cut(footer.text, max)) });
    const author = fitted.author;
    if (author) candidates.push({ length: author.name.length, shrink: (max) => (author.name = cut(author.name, max)) });
    for (const field of fitted.fields ?? []) {
      candidates.push({ length: field.value.length, shrink: (max) => (field.value = cut(field.value, max)) });
      candidates.push({ length: field.name.length, shrink: (max) => (field.name = cut(field.name, max)) });
    }
    const longest = candidates.sort((left, right) => right.length - left.length)[0];
    if (!longest || longest.length <= 1) break;
    longest.shrink(Math.max(1, longest.length - excess));
    excess = embedLength(fitted) - discordLimits.embedTotal;
  }
  return fitted;
}
