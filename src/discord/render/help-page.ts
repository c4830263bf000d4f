import { fitEmbed } from './fit-embed.js';
import { colours, type ReplyPage } from './reply-page.js';

export interface HelpEntry {
  name: string;
  description: string;
  example?: string;
  adminOnly?: boolean;
}

/** /help: what each command does, with an example. */
export function renderHelp(entries: readonly HelpEntry[]): ReplyPage {
  const fields = entries.map((entry) => ({
    name: `/${entry.name}${entry.adminOnly ? ' (admins)' : ''}`,
    value: entry.example ? `${entry.description}\nExample: \`${entry.example}\`` : entry.description,
  }));
  return {
    embeds: [
      fitEmbed({
        title: 'briefbot: answers from the news corpus, with citations',
        description:
          'Every answer cites the article and the passage it rests on. Add `private:True` to a question to see the answer alone.',
        color: colours.notice,
        fields,
      }),
    ],
  };
}
