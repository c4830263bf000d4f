import type { DigestEmbed, DigestMessage } from '../../digest/digest-poster.js';
import {
  emptyLine,
  hasOmissions,
  headline,
  isEmptyDigest,
  omittedLine,
  plural,
  sourceWords,
  truncate,
} from '../../digest/digest-wording.js';
import type { Digest, DigestEntry } from '../../digest/types.js';
import { escapeLinkText } from '../render/escape-markdown.js';
import { discordLimits, embedLength } from '../render/limits.js';

/**
 * The digest as Discord messages: one embed per section, sections split over several embeds
 * and embeds packed into several messages so every message stays inside Discord's limits.
 * Each message's last embed gets a footer (`footer(part, parts)`), which the poster uses to
 * recognise a message it already sent.
 *
 * All corpus text, not only link labels, goes through escapeLinkText: in an embed a title or
 * quote holding `[x](y)` or `<@id>` would otherwise show as a link or a mention.
 */

export interface RenderDiscordOptions {
  footer?: (part: number, parts: number) => string;
  /** Characters per embed description; below 4096 so a message holds the title and footer too. */
  descriptionBudget?: number;
}

const digestColor = 0x2b6cb0;
const footerReserve = 160;

function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character));
}

function storyLine(entry: DigestEntry): string {
  const title = escapeLinkText(truncate(entry.title, 200));
  const shown = entry.url ? `[${title}](${linkTarget(entry.url)})` : `**${title}**`;
  return `• ${shown} · ${escapeLinkText(sourceWords(entry))} · ${entry.published ?? 'undated'}`;
}

interface Section {
  title: string;
  lines: string[];
}

function sectionsOf(digest: Digest): Section[] {
  const stories = digest.entries.map(storyLine);
  if (hasOmissions(digest)) stories.push(`*${omittedLine(digest)}*`);
  const sections: Section[] = [{ title: headline(digest), lines: stories }];
  if (digest.people.length > 0) {
    sections.push({
      title: 'People most mentioned',
      lines: digest.people.map((person) => {
        const role = person.role ? `, ${escapeLinkText(truncate(person.role, 80))}` : '';
        return `• **${escapeLinkText(person.name)}**${role} · ${plural(person.stories, 'story', 'stories')}`;
      }),
    });
  }
  if (digest.quotations.length > 0) {
    sections.push({
      title: 'Key quotations',
      lines: digest.quotations.map(
        (quotation) =>
          `> ${escapeLinkText(truncate(quotation.quote, 300))}\n— ${escapeLinkText(quotation.speaker)}, *${escapeLinkText(truncate(quotation.title, 80))}*`,
      ),
    });
  }
  if (digest.events.length > 0) {
    sections.push({
      title: 'Dated events',
      lines: digest.events.map((event) => `• **${event.date}**: ${escapeLinkText(truncate(event.event, 300))}`),
    });
  }
  return sections;
}

function embedsOf(section: Section, budget: number): DigestEmbed[] {
  const embeds: DigestEmbed[] = [];
  let lines: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (lines.length === 0) return;
    const title = embeds.length === 0 ? section.title : `${section.title} (continued)`;
    embeds.push({
      title: truncate(title, discordLimits.title),
      description: lines.join('\n'),
      color: digestColor,
    });
    lines = [];
    length = 0;
  };
  for (const raw of section.lines) {
    const line = raw.length > budget ? truncate(raw, budget) : raw;
    if (length + line.length + 1 > budget) flush();
    lines.push(line);
    length += line.length + 1;
  }
  flush();
  return embeds;
}

function packMessages(embeds: readonly DigestEmbed[]): DigestMessage[] {
  const messages: DigestMessage[] = [];
  let current: DigestEmbed[] = [];
  let total = footerReserve;
  for (const embed of embeds) {
    const size = embedLength(embed);
    if (
      current.length > 0 &&
      (current.length >= discordLimits.embedsPerMessage || total + size > discordLimits.embedTotal)
    ) {
      messages.push({ embeds: current });
      current = [];
      total = footerReserve;
    }
    current.push(embed);
    total += size;
  }
  if (current.length > 0) messages.push({ embeds: current });
  return messages;
}

/** The messages to post; a digest with nothing new is one short line. */
export function renderDigestMessages(digest: Digest, options: RenderDiscordOptions = {}): DigestMessage[] {
  const footer = options.footer;
  if (isEmptyDigest(digest)) {
    const suffix = footer ? ` (${footer(1, 1)})` : '';
    return [{ content: truncate(`${emptyLine(digest)}${suffix}`, discordLimits.content), embeds: [] }];
  }
  const budget = Math.min(options.descriptionBudget ?? 3800, discordLimits.description);
  const embeds = sectionsOf(digest).flatMap((section) => embedsOf(section, budget));
  const first = embeds[0];
  if (first) first.timestamp = digest.generatedAt;
  const messages = packMessages(embeds);
  if (footer) {
    messages.forEach((message, index) => {
      const last = message.embeds[message.embeds.length - 1];
      if (last) last.footer = { text: truncate(footer(index + 1, messages.length), footerReserve) };
    });
  }
  return messages;
}
