// A warm start leaves the snapshot's extractions packed and unpacks them after it serves: read
// at once, while the restore unpacks them or after it, they are a cold build's, in its order;
// a part that cannot be unpacked gives its articles extracted afresh, and says so.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { CorpusLoad } from '../../src/corpus/article.js';
import type { Knowledge, OwnedKnowledge } from '../../src/knowledge/knowledge.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { restoreEngineInSlices } from '../../src/service/restore-tables.js';
import { packedIds, SavedExtractions } from '../../src/service/saved-extractions.js';
import { readSnapshot } from '../../src/service/snapshot.js';
import { packExtractions } from '../../src/service/snapshot-extractions.js';

const QUESTIONS: Array<[CommandName, string]> = [
  ['who', 'Shamkhani'],
  ['when', 'Daesh flushed out of Al-Bukamal'],
  ['quote', 'Rouhani'],
  ['search', 'Shanghai Cooperation Organization'],
];

let corpusDir: string;
let cacheDir: string;
let cold: MemoryBriefingService;
beforeAll(async () => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'briefbot-saved-extractions-'));
  cpSync('corpus', corpusDir, { recursive: true });
  cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-saved-extractions-cache-'));
  cold = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
  await cold.close?.();
}, 60_000);
afterAll(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The extractions as JSON, in the map's order: what an answer or a brief could read of them. */
const extractionsOf = (knowledge: Knowledge) => JSON.stringify([...knowledge.extractions]);
const load = { articles: [], files: [], skipped: [] } as unknown as CorpusLoad;
/** Through the v8 serialiser, as the snapshot's parts go. */
const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

it('starts with the extractions packed, and gives them as a cold build made them, read at once or after the restore', async () => {
  const read = await readSnapshot(cacheDir, corpusDir);
  if (!read.snapshot) throw new Error(read.reason);
  const saved = read.snapshot.savedExtractions!;
  const articleIds = [...cold.knowledge().articles.keys()];
  // Which articles have one is told without unpacking them.
  expect(articleIds.every((id) => saved.has(id))).toBe(true);
  expect(saved.has('no such article')).toBe(false);
  const coldExtractions = extractionsOf(cold.knowledge());

  const events: string[] = [];
  const readAtOnce = await createBriefingService({
    corpusDir,
    cacheDir,
    workers: 0,
    onEvent: (e) => events.push(e.kind),
  });
  expect(events).toContain('snapshot-loaded');
  expect(extractionsOf(readAtOnce.knowledge())).toBe(coldExtractions);
  expect(readAtOnce.brief({ subject: 'Rouhani' })).toEqual(cold.brief({ subject: 'Rouhani' }));

  const askedFirst = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
  const answers = await Promise.all(QUESTIONS.map(([command, query]) => askedFirst.ask(command, query)));
  expect(answers).toEqual(await Promise.all(QUESTIONS.map(([command, query]) => cold.ask(command, query))));
  expect(extractionsOf(askedFirst.knowledge())).toBe(coldExtractions);
  for (const service of [readAtOnce, askedFirst]) await service.close?.();
});

it('tells the article ids of packed extractions, the usual ones and the others, in order', () => {
  const { articles, extractions } = cold.knowledge();
  const list = [...extractions.values()];
  const odd = { ...list[1]!, certainty: 0.5 };
  const packed = packExtractions([list[0]!, odd, ...list.slice(2)], articles);
  expect(packed.others).toHaveLength(1);
  expect(packedIds(roundTrip(packed))).toEqual(list.map((extraction) => extraction.articleId));
});

it('extracts afresh the articles of a part that cannot be unpacked, says why, and answers as a cold build', async () => {
  const read = await readSnapshot(cacheDir, corpusDir);
  if (!read.snapshot) throw new Error(read.reason);
  const { articles, extractions } = cold.knowledge();
  const list = [...extractions.values()];
  const half = Math.ceil(list.length / 2);
  const whole = roundTrip(packExtractions(list.slice(0, half), articles));
  // The stream cut short: its ids still read, its extractions not.
  const damaged = roundTrip({ ...packExtractions(list.slice(half), articles), stream: new Int32Array([0, 1]) });
  const saved = new SavedExtractions([whole, damaged], articles);
  const reasons: string[] = [];
  const engine = restoreEngineInSlices(
    load,
    { articles: new Map(articles), extractions: saved.all(), people: read.snapshot.people } as OwnedKnowledge,
    { ...read.snapshot, savedExtractions: saved },
    { onFallback: (reason) => reasons.push(reason) },
  );
  await engine.ready;
  expect(extractionsOf(engine.knowledge)).toBe(extractionsOf(cold.knowledge()));
  expect(reasons).toEqual([expect.stringMatching(/^the extractions could not be unpacked .*; extracted again$/)]);
  const coldAnswers = await Promise.all(QUESTIONS.map(([command, query]) => cold.ask(command, query)));
  expect(QUESTIONS.map(([command, query]) => engine.answer(command, query))).toEqual(coldAnswers);
});
