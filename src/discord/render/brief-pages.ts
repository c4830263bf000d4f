import type { APIEmbed } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { timelineEvents, type TimelineOrder } from '../../brief/timeline.js';
import type { Brief, BriefEvent, BriefSource } from '../../brief/types.js';
import { balanceQuoteMarks } from '../../presentation/quote-marks.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, markdownLink, plainText, truncate } from './text.js';

/** A section page's text stops well short of the description's 4096, leaving room for the footer and title. */
const pageText = 3500;
const summaryItems = 3;

function sourceLink(citation: Citation | undefined): string {
  if (!citation) return '';
  const where = [citation.source, citation.published ?? 'undated'].filter(Boolean).join(', ');
  return ` — ${markdownLink(citation.title || citation.article, citation.url, 80)} (${escapeAndTruncate(where, 80)})`;
}

function copiesNote(citations: readonly Citation[]): string {
  const others = new Set(citations.slice(1).map((citation) => citation.article));
  return others.size > 0 ? ` _+${others.size} cop${others.size === 1 ? 'y' : 'ies'}_` : '';
}

function eventItem(event: BriefEvent, max = 600): string {
  const when = event.date ? `**${event.date}**` : '**undated**';
  return `${when} ${escapeAndTruncate(balanceQuoteMarks(event.event), max)}${sourceLink(event.citations[0])}${copiesNote(event.citations)}`;
}

function personItem(person: Brief['people'][number]): string {
  const roles = person.roles.length > 0 ? `: ${escapeAndTruncate(person.roles.join('; '), 300)}` : '';
  return `**${escapeAndTruncate(person.name, 120)}**${roles} · ${person.articles} article${person.articles === 1 ? '' : 's'}`;
}

function quotationItem(quotation: Brief['quotations'][number], max = 700): string {
  return `**${escapeAndTruncate(quotation.speaker, 120)}**: “${escapeAndTruncate(quotation.quote, max)}”${sourceLink(quotation.citations[0])}${copiesNote(quotation.citations)}`;
}

function storyItem(source: BriefSource): string {
  const where = [source.sources.join(', '), source.published ?? 'undated'].filter(Boolean).join(' · ');
  const copies = source.copies.length > 1 ? ` · ${source.copies.length} copies` : '';
  return `${markdownLink(source.title, source.url, 150)} · ${escapeAndTruncate(where, 150)}${copies}`;
}

/** Items into pages of at most `pageText` characters each. */
function chunk(items: readonly string[]): string[] {
  const pages: string[] = [];
  let current = '';
  for (const item of items) {
    const line = `• ${truncate(item, pageText)}`;
    if (current && current.length + 1 + line.length > pageText) {
      pages.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) pages.push(current);
  return pages;
}

function heading(brief: Brief): string {
  return `${brief.kind === 'person' ? 'Brief' : 'Brief on'}: ${brief.title}`;
}

function footer(brief: Brief, section: string): APIEmbed['footer'] {
  const dates = [brief.since && `since ${brief.since}`, brief.until && `until ${brief.until}`]
    .filter(Boolean)
    .join(' ');
  return { text: truncate(plainText(`${section} · /brief ${brief.subject}${dates ? ` ${dates}` : ''}`), 300) };
}

/** A short field: the first few items and how many more the pages hold. */
function summaryField(name: string, items: readonly string[], empty: string): NonNullable<APIEmbed['fields']>[number] {
  if (items.length === 0) return { name, value: `_${empty}_` };
  const shown = items.slice(0, summaryItems).map((item) => `• ${truncate(item, 1000 / summaryItems - 10)}`);
  const more = items.length > summaryItems ? `\n… ${items.length - summaryItems} more on the next pages` : '';
  return { name, value: truncate(`${shown.join('\n')}${more}`, 1024) };
}

/**
 * A brief in Discord: a summary embed first (within every limit), then a page for each section
 * (more when a section is long). The whole brief goes with it as a Markdown attachment.
 */
export function renderBriefPages(brief: Brief, fileName: string): ReplyPage[] {
  const people = brief.people.map(personItem);
  const events = [...brief.timeline, ...brief.undated].map((event) => eventItem(event));
  const quotations = brief.quotations.map((quotation) => quotationItem(quotation));
  const stories = brief.sources.map(storyItem);
  const dates = brief.sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  const summary = [
    `${brief.kind === 'person' ? 'A person brief' : 'A topic brief'} from ${brief.articleCount} article${brief.articleCount === 1 ? '' : 's'} (${brief.sources.length} stor${brief.sources.length === 1 ? 'y' : 'ies'}, syndicated copies folded)${dates.length > 0 ? `, published ${dates[0]} to ${dates.at(-1)}` : ''}.`,
    brief.analysedCount < brief.articleCount ? `The ${brief.analysedCount} newest were analysed.` : '',
    `Every line is quoted from the article cited; the whole brief with footnotes is attached as \`${fileName}\`.`,
  ]
    .filter(Boolean)
    .join(' ');
  const pages: APIEmbed[] = [
    {
      title: escapeAndTruncate(heading(brief), 250),
      description: escapeAndTruncate(summary, 1000),
      color: colours.answer,
      fields: [
        summaryField("Who's who", people, 'No person named'),
        summaryField(
          'Timeline',
          [...brief.timeline, ...brief.undated].map((event) => eventItem(event, 160)),
          'Nothing dated',
        ),
        summaryField(
          'What was said',
          brief.quotations.map((quotation) => quotationItem(quotation, 160)),
          'No quotation',
        ),
        summaryField('Sources', stories, 'None'),
      ],
      footer: footer(brief, 'Summary'),
    },
  ];
  const sections: Array<[string, string[], string]> = [
    ["Who's who", people, 'No person is named in these articles.'],
    ['Timeline', events, 'Nothing dated in these articles.'],
    ['What was said', quotations, 'No quotation in these articles.'],
    ['Sources', stories, 'No source.'],
  ];
  for (const [name, items, empty] of sections) {
    const chunks = chunk(items);
    if (chunks.length === 0) chunks.push(`_${empty}_`);
    chunks.forEach((text, index) =>
      pages.push({
        title: escapeAndTruncate(
          `${heading(brief)} · ${name}${chunks.length > 1 ? ` (${index + 1}/${chunks.length})` : ''}`,
          250,
        ),
        description: text,
        color: colours.answer,
        footer: footer(brief, name),
      }),
    );
  }
  return pages.map((embed) => ({ embeds: [fitEmbed(embed)] }));
}

/** /timeline in Discord: the events in the order asked, a page of them at a time. */
export function renderTimelinePages(brief: Brief, order: TimelineOrder): ReplyPage[] {
  const items = timelineEvents(brief, order).map((event) => eventItem(event));
  const chunks = chunk(items);
  if (chunks.length === 0) chunks.push('_Nothing dated or said about it in these articles._');
  const counts = `${brief.timeline.length} dated, ${brief.undated.length} undated · ${order} first`;
  return chunks.map((text, index) => ({
    embeds: [
      fitEmbed({
        title: escapeAndTruncate(`Timeline: ${brief.title}`, 250),
        description: text,
        color: colours.answer,
        footer: {
          text: truncate(
            plainText(
              `${counts}${chunks.length > 1 ? ` · page ${index + 1} of ${chunks.length}` : ''} · /timeline ${brief.subject}`,
            ),
            300,
          ),
        },
      }),
    ],
  }));
}
