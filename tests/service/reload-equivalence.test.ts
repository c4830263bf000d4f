// An incremental reload, and a start from the snapshot it wrote, answer as a cold build over the same folder.
import { mkdtempSync, rmSync, writeFileSync, unlinkSync, renameSync, utimesSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';

let work: string;
let corpusDir: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-reload-'));
  corpusDir = path.join(work, 'corpus');
  mkdirSync(corpusDir);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const TITLE = 'Dockers end strike at Rotterdam port';
const record = (id: string, body: string) => ({ id, title: TITLE, date: '2020-03-06', body });
const A = record(
  'a',
  'Dockers at Rotterdam ended a week-long strike on Friday, union leader Jan Bakker said. "We won what we asked for," Bakker told reporters.',
);
const B = record(
  'b',
  'Rotterdam dockers returned to work on Friday after a strike over pay, port officials said. "The port is open again," Bakker said.',
);
const B_EDITED = { ...B, body: `${B.body} Ships queued outside the harbour on Saturday.` };
const OTHER = `Port authority names new chief

Date: 10:00, 06-03-2020.

ROTTERDAM. March 6. Wirenews - The port authority on Thursday named Anna de Vries, a former deputy mayor, as its chief executive, the board said.
"We will keep the harbour open through the winter," de Vries said.
`;
const MARKDOWN = `Dockers **ended** their strike

Date: 10:00, 07-03-2020.

ROTTERDAM. March 7. Wirenews - Dockers **ended** their _strike_ at the port on Saturday, union leader Jan Bakker said.
`;

// Plain-text stories edited in place (same id, same place): the patched path, where /quote's view of
// speakers and reading order is patched for the changed article rather than read again whole.
const story = (day: number, lines: string) => `Port news ${day}

Date: 10:00, 0${day}-03-2020.

ROTTERDAM. March ${day}. Wirenews - ${lines}
`;
const DOCKERS = story(
  6,
  'Dockers ended their strike on Friday, union leader Jan Bakker said.\n"We won what we asked for," Bakker said.',
);
const HARBOUR = story(
  7,
  'The port authority named Anna de Vries as its chief executive.\n"We will keep the harbour open," de Vries said.\n"The strike cost us a week," Bakker said.',
);
const HARBOUR_MAYOR = story(
  7,
  'The port authority named Anna de Vries as its chief executive, mayor Pieter Aalders said.\n"We will keep the harbour open," de Vries said.\n"The harbour is the city," Aalders said.\n"The strike cost us a week," Bakker said.',
);
const HARBOUR_NAMESAKE = story(
  7,
  'Kees Bakker, a ship owner, said the harbour was open.\n"The strike cost us a week," Kees Bakker said.\n"We will keep the harbour open," de Vries said.',
);
const SHIPPING = story(
  8,
  'Ships queued outside the harbour on Saturday, pilot Marit Smit said.\n"Forty ships waited," Smit said.\n"The dockers were right," Bakker said.',
);

const SHIPPING_REPEATING = story(
  8,
  'Dockers ended their strike on Friday, union leader Jan Bakker said.\nShips queued outside the harbour on Saturday.',
);

const QUESTIONS: Array<[CommandName, string]> = [
  ['who', 'Jan Bakker'],
  ['who', 'Anna de Vries'],
  ['when', 'Dockers end strike'],
  ['when', 'strike ended'],
  ['quote', 'Bakker'],
  ['quote', 'harbour'],
  ['quote', 'Jan Bakker'],
  ['quote', 'Kees Bakker'],
  ['quote', 'de Vries'],
  ['quote', 'Aalders'],
  ['quote', 'the mayor'],
  ['quote', 'Smit about ships'],
  ['who', 'Bakker'],
  ['search', 'dockers strike'],
  ['search', 'Dockers ended'],
];
const answersOf = (service: MemoryBriefingService): Promise<unknown[]> =>
  Promise.all(QUESTIONS.map(([command, query]) => service.ask(command, query)));

function write(name: string, content: string | object): void {
  const file = path.join(corpusDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  // A later mtime, so the loader reads the file again even when its size is unchanged.
  const later = new Date(Date.now() + 5_000 + Math.random() * 1000);
  utimesSync(file, later, later);
}

interface Scenario {
  name: string;
  setup: () => void;
  edit: () => void;
}

const inPlaceStories = (edit: () => void): Pick<Scenario, 'setup' | 'edit'> => ({
  setup: () => {
    write('a-dockers.txt', DOCKERS);
    write('b-harbour.txt', HARBOUR);
    write('c-shipping.txt', SHIPPING);
  },
  edit,
});

const SCENARIOS: Scenario[] = [
  {
    name: 'a story edited in place names and quotes a new person (numbers after it shift)',
    ...inPlaceStories(() => write('b-harbour.txt', HARBOUR_MAYOR)),
  },
  {
    name: 'a story edited in place quotes a namesake (the surname is relinked)',
    ...inPlaceStories(() => write('b-harbour.txt', HARBOUR_NAMESAKE)),
  },
  {
    name: 'a story repeating a dated sentence of another is edited in place (a tie read in corpus order)',
    setup: () => {
      write('a-dockers.txt', DOCKERS);
      write('b-harbour.txt', HARBOUR);
      write('c-shipping.txt', SHIPPING_REPEATING);
    },
    edit: () => write('c-shipping.txt', `${SHIPPING_REPEATING}\nPilots said more ships were due.\n`),
  },
  {
    name: 'a story edited in place loses a quoted speaker',
    ...inPlaceStories(() => write('c-shipping.txt', story(8, 'Ships queued outside the harbour on Saturday.'))),
  },
  {
    name: 'feed reordered, one record edited (in-place path)',
    setup: () => {
      write('feed.json', [A, B]);
      write('other.txt', OTHER);
    },
    edit: () => write('feed.json', [B_EDITED, A]),
  },
  {
    name: 'feed reordered, no record edited (unchanged path)',
    setup: () => {
      write('feed.json', [A, B]);
      write('other.txt', OTHER);
    },
    edit: () => write('feed.json', [B, A]),
  },
  {
    name: 'same bytes renamed .txt -> .md (same id, same contentHash)',
    setup: () => {
      write('strike.txt', MARKDOWN);
      write('other.txt', OTHER);
    },
    edit: () => renameSync(path.join(corpusDir, 'strike.txt'), path.join(corpusDir, 'strike.md')),
  },
  {
    name: 'skipped (empty) file becomes readable',
    setup: () => {
      write('feed.json', [A, B]);
      write('empty.txt', ' ');
    },
    edit: () => write('empty.txt', OTHER),
  },
  {
    name: 'readable file becomes skipped',
    setup: () => {
      write('feed.json', [A, B]);
      write('other.txt', OTHER);
    },
    edit: () => write('other.txt', ' '),
  },
  {
    name: 'feed record keys change',
    setup: () => {
      write('feed.json', [A, B]);
      write('other.txt', OTHER);
    },
    edit: () =>
      write('feed.json', [
        { ...A, id: 'c' },
        { ...B, id: 'd' },
      ]),
  },
  {
    name: 'feed shrinks to one record (id becomes the file id)',
    setup: () => {
      write('feed.json', [A, B]);
      write('other.txt', OTHER);
    },
    edit: () => write('feed.json', [A]),
  },
  {
    name: 'duplicate id appears',
    setup: () => {
      write('strike.txt', MARKDOWN);
      write('other.txt', OTHER);
    },
    edit: () => write('strike.md', OTHER),
  },
  {
    name: 'duplicate id disappears',
    setup: () => {
      write('strike.txt', MARKDOWN);
      write('strike.md', OTHER);
    },
    edit: () => unlinkSync(path.join(corpusDir, 'strike.md')),
  },
];

describe('incremental reload answers as a cold build', () => {
  it.each(SCENARIOS)('$name', async ({ setup, edit }) => {
    setup();
    const warm = await createBriefingService({ corpusDir, workers: 0 });
    // Asked before the reload too, as a serving bot is: what answers keep between reloads is then patched.
    answersOf(warm);
    edit();
    await warm.reload();
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    const keys = (service: MemoryBriefingService) => [...service.knowledge().articles.keys()];
    const paths = (service: MemoryBriefingService) =>
      [...service.knowledge().articles.values()].map((article) => article.path);
    // Answers first: the visible difference; then the knowledge order and paths behind it.
    expect(await answersOf(warm)).toEqual(await answersOf(cold));
    expect({ keys: keys(warm), paths: paths(warm) }).toEqual({ keys: keys(cold), paths: paths(cold) });
    await warm.close?.();
    await cold.close?.();
  });
});

describe('the snapshot written after an in-place reload starts a service that answers as a cold build', () => {
  it.each(SCENARIOS.slice(0, 1).concat(SCENARIOS.slice(3)))('$name', async ({ setup, edit }) => {
    setup();
    const cacheDir = path.join(work, 'cache');
    let saved!: () => void;
    const startSaved = new Promise<void>((resolve) => (saved = resolve));
    const warm = await createBriefingService({
      corpusDir,
      cacheDir,
      workers: 0,
      snapshotDelayMs: 0,
      onEvent: (event) => {
        if (event.kind === 'snapshot-saved') saved();
      },
    });
    // The start's whole snapshot written first, so the reload's is always a delta beside it (a
    // race otherwise: a reload before that write ends writes a whole snapshot of its own).
    await startSaved;
    edit();
    await warm.reload();
    await warm.close?.();
    const restarted = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(restarted)).toEqual(await answersOf(cold));
  });
});

describe('a snapshot of the folder before a change made while stopped starts a service that answers as a cold build', () => {
  it.each(SCENARIOS)('$name', async ({ setup, edit }) => {
    setup();
    const cacheDir = path.join(work, 'cache');
    const stopped = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
    await stopped.close?.();
    edit();
    const restarted = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(restarted)).toEqual(await answersOf(cold));
    await restarted.close?.();
    await cold.close?.();
  });
});

describe('a start from the snapshot of an unchanged corpus serves before its tables are restored, and answers as a cold build', () => {
  it.each(SCENARIOS.slice(0, 3))('$name', async ({ setup, edit }) => {
    setup();
    const cacheDir = path.join(work, 'cache');
    const options = { corpusDir, cacheDir, workers: 0, snapshotDelayMs: 0 };
    const first = await createBriefingService(options);
    await first.close?.();
    const cold = await createBriefingService({ corpusDir, workers: 0 });
    const started: string[] = [];
    const onEvent = (event: { kind: string }) => started.push(event.kind);
    // Read on the start's own turn: a reader that needs the tables finishes their restore.
    const readAtOnce = await createBriefingService({ ...options, onEvent });
    expect(started).toContain('snapshot-loaded');
    expect(readAtOnce.overview()).toEqual(cold.overview());
    expect(readAtOnce.brief({ subject: 'Bakker' })).toEqual(cold.brief({ subject: 'Bakker' }));
    expect(await answersOf(readAtOnce)).toEqual(await answersOf(cold));
    // Asked on the start's turn: the questions wait for the tables.
    const askedAtOnce = await createBriefingService(options);
    expect(await answersOf(askedAtOnce)).toEqual(await answersOf(cold));
    expect(askedAtOnce.overview()).toEqual(cold.overview());
    // A reload asked on the start's turn, of a change made meanwhile, waits for them too.
    const reloadedAtOnce = await createBriefingService(options);
    edit();
    await reloadedAtOnce.reload();
    const coldAfter = await createBriefingService({ corpusDir, workers: 0 });
    expect(await answersOf(reloadedAtOnce)).toEqual(await answersOf(coldAfter));
    expect(reloadedAtOnce.overview()).toEqual(coldAfter.overview());
    for (const service of [cold, readAtOnce, askedAtOnce, reloadedAtOnce, coldAfter]) await service.close?.();
  });
});
