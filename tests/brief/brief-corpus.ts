import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Hand-written wire stories for the brief tests: a harbor strike told by two agencies (one a
 * syndicated copy of the other), its start and aftermath, a port director who is never quoted,
 * and a story about fishing quotas with no date in it.
 */
const strikeEnds = [
  'Union leader Maria Okafor said on Monday the strike at the harbor was over after four weeks.',
  '"We won a fair deal for every crew and every shift on the docks," Okafor told reporters outside the port gates.',
  'The agreement raises wages by six percent and limits night shifts, according to the text seen by reporters.',
  'Ships that waited outside the harbor for weeks began unloading their cargo in the afternoon.',
];

export const briefArticles: Record<string, string> = {
  'harbor-wire/strike-ends.md': story(
    'Dock workers end harbor strike after pay deal',
    '2021-04-06',
    'Harbor Wire',
    'https://harbor.example/strike-ends',
    strikeEnds,
  ),
  'coast-daily/strike-ends.md': story(
    'Dock workers end harbor strike after pay deal',
    '2021-04-06',
    'Coast Daily',
    'https://coast.example/strike-ends',
    strikeEnds,
  ),
  'harbor-wire/strike-begins.md': story('Harbor strike begins over wages', '2021-03-01', 'Harbor Wire', null, [
    'Maria Okafor, the leader of the dock workers union, called a strike at the harbor on Friday.',
    '"The crews cannot live on these wages any longer," Okafor said at a rally near the port.',
    'The port authority said it regretted the decision and hoped talks would resume soon.',
  ]),
  'harbor-wire/cranes.md': story('Port director plans new cranes for the harbor', '2021-05-10', 'Harbor Wire', null, [
    'Port director Tom Reyes presented a plan for four new cranes at the harbor on Thursday.',
    'The cranes were ordered from a shipyard in the north and will be installed over the summer.',
    'Reyes took over as port director in 2019 after a decade at the shipping company.',
    'Reyes said the cranes would run on trial from June 1 to August 31 before the port buys more.',
  ]),
  'bay-news/fishing-quotas.md': story('Cooperatives argue over fishing quotas', '2021-04-20', 'Bay News', null, [
    'The fishing quotas for the northern bay remain a matter of dispute between the two cooperatives.',
    'Each cooperative says the other takes more than its share of the catch near the reefs.',
  ]),
};

function story(title: string, date: string, source: string, url: string | null, paragraphs: string[]): string {
  const front = [`title: ${title}`, `date: ${date}`, `source: ${source}`, ...(url ? [`url: ${url}`] : [])];
  return `---\n${front.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes the stories into a folder (a fresh corpus). */
export async function writeBriefCorpus(folder: string): Promise<void> {
  for (const [file, text] of Object.entries(briefArticles)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
}
