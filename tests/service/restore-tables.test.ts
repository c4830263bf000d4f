// A start's tables restored in slices after it serves: read early, or from a snapshot whose
// parts do not fit after all, they still answer as tables built cold over the same knowledge.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { CorpusLoad } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { OwnedKnowledge } from '../../src/knowledge/knowledge.js';
import type { MemoryBriefingService } from '../../src/service/briefing-service.js';
import { prepareEngine } from '../../src/service/build-engine.js';
import { createBriefingService } from '../../src/service/create-briefing-service.js';
import { restoreEngineInSlices } from '../../src/service/restore-tables.js';
import { readSnapshot, type EngineSnapshot } from '../../src/service/snapshot.js';
import { CorruptSnapshotError } from '../../src/service/snapshot-parts.js';

const QUESTIONS: Array<[CommandName, string]> = [
  ['who', 'Shamkhani'],
  ['when', 'Daesh flushed out of Al-Bukamal'],
  ['quote', 'Rouhani'],
  ['search', 'Shanghai Cooperation Organization'],
];

let corpusDir: string;
let cacheDir: string;
let cold: MemoryBriefingService;
let snapshot: EngineSnapshot;
beforeAll(async () => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'briefbot-restore-'));
  cpSync('corpus', corpusDir, { recursive: true });
  cacheDir = mkdtempSync(path.join(tmpdir(), 'briefbot-restore-cache-'));
  cold = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
  await cold.close?.();
  const read = await readSnapshot(cacheDir, corpusDir);
  if (!read.snapshot) throw new Error(read.reason);
  snapshot = read.snapshot;
}, 60_000);
afterAll(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

const knowledgeOf = (service: MemoryBriefingService) => service.knowledge() as OwnedKnowledge;
const load = { articles: [], files: [], skipped: [] } as unknown as CorpusLoad;
const coldAnswers = () => Promise.all(QUESTIONS.map(([command, query]) => cold.ask(command, query)));

it('serves at once, its tables following in the background, and counts its passages before they are in', async () => {
  const reasons: string[] = [];
  const engine = restoreEngineInSlices(load, knowledgeOf(cold), snapshot, {
    onFallback: (reason) => reasons.push(reason),
  });
  expect(engine.ready).toBeInstanceOf(Promise);
  expect(engine.passageCount()).toBe(cold.overview().passages);
  await engine.ready;
  expect(QUESTIONS.map(([command, query]) => engine.answer(command, query))).toEqual(await coldAnswers());
  expect(engine.passageCount()).toBe(cold.overview().passages);
  expect(reasons).toEqual([]);
});

it('builds the tables from the knowledge when the snapshot cannot give them, and says why', async () => {
  const reasons: string[] = [];
  // Passages of articles it does not hold; answer tables whose part cannot be deserialised.
  const unfit = {
    ...snapshot,
    passages: { ...snapshot.passages, articleIds: snapshot.passages.articleIds.map((id) => `${id}-gone`) },
    get answerers(): never {
      throw new CorruptSnapshotError('the answerers part cannot be read (unexpected end of data)');
    },
  } as EngineSnapshot;
  const engine = restoreEngineInSlices(load, knowledgeOf(cold), unfit, {
    onFallback: (reason) => reasons.push(reason),
  });
  // Read at once: the fallback's build runs on the spot.
  expect(QUESTIONS.map(([command, query]) => engine.answer(command, query))).toEqual(await coldAnswers());
  expect(reasons).toEqual([
    expect.stringMatching(/^the passage index could not be restored .*; built from the articles$/),
    expect.stringMatching(/^the answer tables could not be restored .*; built from the articles$/),
  ]);
});

it('is ready only once the collection after its tables has ended, asked for once they are in', async () => {
  const reasons: string[] = [];
  // Answer tables whose part cannot be read: the restore's last step says so, then builds them.
  const unfit = {
    ...snapshot,
    get answerers(): never {
      throw new CorruptSnapshotError('the answerers part cannot be read (unexpected end of data)');
    },
  } as EngineSnapshot;
  let reasonsWhenAsked: number | null = null;
  let endCollection = (): void => undefined;
  const engine = restoreEngineInSlices(load, knowledgeOf(cold), unfit, {
    onFallback: (reason) => reasons.push(reason),
    settle: () => {
      reasonsWhenAsked = reasons.length;
      return new Promise<void>((resolve) => (endCollection = resolve));
    },
  });
  let ready = false;
  void engine.ready!.then(() => (ready = true));
  while (reasonsWhenAsked === null) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(reasonsWhenAsked).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(ready).toBe(false);
  endCollection();
  await engine.ready;
  expect(ready).toBe(true);
  expect(QUESTIONS.map(([command, query]) => engine.answer(command, query))).toEqual(await coldAnswers());
});

it('after a change since the snapshot, serves before its tables are restored too, and answers as a cold build', async () => {
  const changedDir = mkdtempSync(path.join(tmpdir(), 'briefbot-restore-changed-'));
  try {
    cpSync(corpusDir, changedDir, { recursive: true });
    const [edited, removed] = readdirSync(changedDir).sort();
    appendFileSync(path.join(changedDir, edited!), '\n\nThe port reopened on Tuesday, a spokesman said.\n');
    rmSync(path.join(changedDir, removed!));
    let tablesRead = 0;
    const counted = {
      ...snapshot,
      get answerers() {
        tablesRead++;
        return snapshot.answerers;
      },
    } as EngineSnapshot;
    const changed = await createBriefingService({ corpusDir: changedDir, workers: 0 });
    const corpus = await loadCorpus(changedDir, { previous: { files: snapshot.files } });
    const prepared = await prepareEngine(corpus, { kind: 'snapshot', snapshot: counted, changedSince: new Map() });
    expect(prepared.path).toBe('restore-and-patch');
    const engine = prepared.commit();
    // Served from the commit on: the answer tables' part is not even read yet, and the passages
    // are counted as they will be once the index has the change.
    expect(engine.passageCount()).toBe(changed.overview().passages);
    expect(tablesRead).toBe(0);
    expect(engine.ready).toBeInstanceOf(Promise);
    await engine.ready;
    expect(tablesRead).toBe(1);
    const coldChanged = await Promise.all(QUESTIONS.map(([command, query]) => changed.ask(command, query)));
    expect(QUESTIONS.map(([command, query]) => engine.answer(command, query))).toEqual(coldChanged);
    expect(engine.passageCount()).toBe(changed.overview().passages);
    await changed.close?.();
  } finally {
    rmSync(changedDir, { recursive: true, force: true });
  }
});
