import type { APIEmbed } from 'discord.js';
import type { AnswerSet } from '../../answer/types.js';
import { balanceQuoteMarks } from '../../presentation/quote-marks.js';
import { choosePassage } from '../../presentation/shown-passage.js';
import { formatCitations, formatPassage } from './citation-lines.js';
import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';
import { escapeAndTruncate, plainText, truncate } from './text.js';

/** The answer's own lines: the heading and the body text, escaped and trimmed. */
function describeAnswer(set: AnswerSet, index: number): Pick<APIEmbed, 'title' | 'description' | 'author'> {
  switch (set.command) {
    case 'who': {
      const who = set.answers[index]!;
      const roles = who.roles.map((role) => `• ${escapeAndTruncate(role, 300)}`);
      return {
        title: escapeAndTruncate(who.person, 250),
        description: roles.length > 0 ? roles.join('\n') : '_No role or title stated in the corpus._',
      };
    }
    case 'when': {
      const when = set.answers[index]!;
      const said = when.dateText ? ` (“${escapeAndTruncate(when.dateText, 120)}”)` : ' (publication date)';
      return {
        title: `${when.date ?? 'Date not stated'}${when.date ? said : ''}`,
        description: escapeAndTruncate(balanceQuoteMarks(when.event), 3000),
      };
    }
    case 'quote': {
      const quote = set.answers[index]!;
      return {
        author: { name: `${truncate(plainText(quote.speaker), 240)} said` },
        description: `“${escapeAndTruncate(quote.quote, 3000)}”`,
      };
    }
    case 'search':
      return { description: escapeAndTruncate(balanceQuoteMarks(set.answers[index]!.text), 3000) };
  }
}

export function renderAnswerEmbed(set: AnswerSet, index: number): APIEmbed {
  const answer = set.answers[index]!;
  const fields: NonNullable<APIEmbed['fields']> = [];
  // The sentence the answer rests on, unless the answer already is that sentence.
  const shown = choosePassage(set.command, answer);
  if (shown) {
    const name = shown.from ? `Passage (from ${escapeAndTruncate(shown.from, 200)})` : 'Passage';
    fields.push({ name, value: formatPassage(shown.citation.passage) });
  }
  fields.push({ name: answer.citations.length > 1 ? 'Sources' : 'Source', value: formatCitations(answer.citations) });
  const position = set.answers.length > 1 ? `Answer ${index + 1} of ${set.answers.length} · ` : '';
  return fitEmbed({
    ...describeAnswer(set, index),
    color: colours.answer,
    fields,
    footer: { text: truncate(plainText(`${position}/${set.command} ${set.query}`), 200) },
  });
}

/** One page per answer, best first. */
export function renderAnswerPages(set: AnswerSet): ReplyPage[] {
  return set.answers.map((_, index) => ({ embeds: [renderAnswerEmbed(set, index)] }));
}
