/**
 * The commands, once, for both adapters: Discord builds its slash commands from this table
 * (names, descriptions, text options, examples) and the terminal prompt parses, completes and
 * lists the same commands from it. The order is the order /help shows: the questions first.
 */
export type CommandGroup = 'question' | 'corpus' | 'admin' | 'help';

/** What an option's value is suggested from: Discord's autocomplete and the prompt's Tab. */
export type SuggestionKind = 'person' | 'speaker' | 'article';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  maxLength: number;
  suggest?: SuggestionKind;
  /** The only values allowed (Discord shows them as a menu); the prompt accepts them typed. */
  choices?: readonly string[];
}

export interface CommandEntry {
  name: string;
  /** Discord's command description (at most 100 characters); /help shows it too. */
  description: string;
  group: CommandGroup;
  /** The text options, in order; the terminal's plain text fills the first. */
  options: readonly CommandOption[];
  /** /digest set|off|show|now */
  subcommands?: readonly string[];
  /** In Discord's option syntax, which the prompt accepts too. */
  example: string;
  adminOnly?: boolean;
}

export const commandTable: readonly CommandEntry[] = [
  {
    name: 'who',
    description: 'Who is this person? Their roles, with the passage and the article that say so',
    group: 'question',
    options: [
      { name: 'name', description: 'A name, or part of one', required: true, maxLength: 200, suggest: 'person' },
    ],
    example: '/who name:Shamkhani',
  },
  {
    name: 'when',
    description: 'When did it happen? The date, the words that give it, and the article',
    group: 'question',
    options: [{ name: 'event', description: 'What happened, in a few words', required: true, maxLength: 300 }],
    example: '/when event:Daesh flushed out of Al-Bukamal',
  },
  {
    name: 'quote',
    description: 'What did they say? Quotations with the speaker and the article',
    group: 'question',
    options: [
      {
        name: 'speaker',
        description: 'Who spoke: a person, an agency, a document',
        required: true,
        maxLength: 200,
        suggest: 'speaker',
      },
      { name: 'topic', description: 'Only quotations about this', required: false, maxLength: 200 },
    ],
    example: '/quote speaker:Rouhani topic:terrorism',
  },
  {
    name: 'search',
    description: 'Find the passages that match your words, with their articles',
    group: 'question',
    options: [{ name: 'query', description: 'Words to look for', required: true, maxLength: 300 }],
    example: '/search query:Shanghai Cooperation Organization',
  },
  {
    name: 'brief',
    description: "A cited brief on a person or a topic: who's who, timeline, what was said, sources",
    group: 'question',
    options: [
      { name: 'subject', description: 'A person or a topic', required: true, maxLength: 200, suggest: 'person' },
      {
        name: 'since',
        description: 'Articles published from this date: YYYY, YYYY-MM or YYYY-MM-DD',
        required: false,
        maxLength: 10,
      },
      {
        name: 'until',
        description: 'Articles published up to this date: YYYY, YYYY-MM or YYYY-MM-DD',
        required: false,
        maxLength: 10,
      },
    ],
    example: '/brief subject:Shamkhani since:2017-01',
  },
  {
    name: 'timeline',
    description: 'The dated events about a person or a topic, in order, each with its sentence and article',
    group: 'question',
    options: [
      { name: 'subject', description: 'A person or a topic', required: true, maxLength: 200, suggest: 'person' },
      {
        name: 'order',
        description: 'Oldest first (the default) or newest first',
        required: false,
        maxLength: 6,
        choices: ['oldest', 'newest'],
      },
    ],
    example: '/timeline subject:Kurdish referendum order:newest',
  },
  {
    name: 'ask',
    description: 'Ask in plain words; the question goes to the command that answers it, which is named',
    group: 'question',
    options: [
      {
        name: 'question',
        description: 'Your question, e.g. who is the Iraqi foreign minister',
        required: true,
        maxLength: 300,
      },
    ],
    example: '/ask question:what did Shamkhani say about Hezbollah',
  },
  {
    name: 'article',
    description: 'One article: title, source, date, link, first paragraph and the people in it',
    group: 'corpus',
    options: [
      {
        name: 'id',
        description: 'Start typing a title and pick the article',
        required: true,
        maxLength: 100,
        suggest: 'article',
      },
    ],
    example: '/article id:(start typing a title)',
  },
  {
    name: 'sources',
    description: 'The corpus at a glance: how many articles, which dates, the newest titles',
    group: 'corpus',
    options: [],
    example: '/sources',
  },
  {
    name: 'digest',
    description: 'Admins: the daily digest of new articles, posted to a channel at a local time',
    group: 'admin',
    options: [],
    subcommands: ['set', 'off', 'show', 'now'],
    example: '/digest set channel:#briefings time:07:30 timezone:Europe/Paris',
    adminOnly: true,
  },
  {
    name: 'reload',
    description: 'Admins: re-read the corpus folder and swap in the new index when it is built',
    group: 'admin',
    options: [],
    example: '/reload',
    adminOnly: true,
  },
  {
    name: 'add',
    description: 'Admins: add a web page or an article file to the corpus',
    group: 'admin',
    options: [{ name: 'url', description: 'Link to the page (http or https)', required: false, maxLength: 2000 }],
    example: '/add url:https://example.com/news/story',
    adminOnly: true,
  },
  {
    name: 'help',
    description: 'What each command does, with an example',
    group: 'help',
    options: [],
    example: '/help',
  },
];

/** A command of the table by name; throws for a name that is not in it (a programming error). */
export function commandEntry(name: string): CommandEntry {
  const entry = commandTable.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`/${name} is not in the command table`);
  return entry;
}

/** A text option of a command by name. */
export function commandOption(command: string, option: string): CommandOption {
  const found = commandEntry(command).options.find((candidate) => candidate.name === option);
  if (!found) throw new Error(`/${command} has no option ${option} in the command table`);
  return found;
}

/** Where a command comes in /help: its place in the table; commands not in it come last. */
export function helpOrder(name: string): number {
  const index = commandTable.findIndex((entry) => entry.name === name);
  return index === -1 ? commandTable.length : index;
}
